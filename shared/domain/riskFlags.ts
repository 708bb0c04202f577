// Finds the risky words in a brief (deleting, bulk, money, sending, access, outsiders) and checks retyped figures.
import { scanNumbers } from './riskFlags/amounts';
import { RISK_FLAG_KINDS, RISK_FLAG_WORDING, type RiskFlagKind } from './riskFlags/kinds';
import { KEYWORD_PATTERNS } from './riskFlags/keywords';

export { extractAmounts, type MoneyAmount } from './riskFlags/amounts';
export { compareFigures, type FigureComparison } from './riskFlags/figures';
export { RISK_FLAG_ADVICE, RISK_FLAG_KINDS, RISK_FLAG_WORDING, type RiskFlagKind } from './riskFlags/kinds';

export interface RiskFlag {
  kind: RiskFlagKind;
  start: number;
  end: number;
  phrase: string;
  advice: string;
}

interface Span {
  kind: RiskFlagKind;
  start: number;
  end: number;
}

function mergeSameKind(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const kind of RISK_FLAG_KINDS) {
    const ofKind = spans.filter((s) => s.kind === kind).sort((a, b) => a.start - b.start || b.end - a.end);
    let current: Span | null = null;
    for (const span of ofKind) {
      if (current && span.start < current.end) {
        current.end = Math.max(current.end, span.end);
      } else {
        current = { ...span };
        merged.push(current);
      }
    }
  }
  return merged;
}

/** Risky words and amounts in a brief; sorted by start, then by kind name. */
export function detectRiskFlags(text: string): RiskFlag[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const spans: Span[] = [];
  for (const { kind, re } of KEYWORD_PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (m[0].length > 0) spans.push({ kind, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const hit of scanNumbers(text)) {
    if (hit.money) spans.push({ kind: 'money', start: hit.start, end: hit.end });
    if (hit.bulkEnd !== null) spans.push({ kind: 'bulk', start: hit.start, end: hit.bulkEnd });
  }
  return mergeSameKind(spans)
    .sort((a, b) => a.start - b.start || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))
    .map((s) => ({
      kind: s.kind,
      start: s.start,
      end: s.end,
      phrase: text.slice(s.start, s.end),
      advice: RISK_FLAG_WORDING.advice[s.kind],
    }));
}

/**
 * Whether `detectRiskFlags(text)` would find a flag of one of these kinds, without finding the rest: only the
 * patterns of those kinds run, and it stops at the first hit. Each pattern costs milliseconds to compile on its
 * first use, so a question about one kind (does this brief mention money?) should not compile all of them.
 */
export function hasRiskFlagOfKind(text: string, kinds: readonly RiskFlagKind[]): boolean {
  if (typeof text !== 'string' || text.length === 0 || kinds.length === 0) return false;
  for (const { kind, re } of KEYWORD_PATTERNS) {
    if (!kinds.includes(kind)) continue;
    for (const m of text.matchAll(re)) if (m[0].length > 0) return true;
  }
  if (!kinds.includes('money') && !kinds.includes('bulk')) return false;
  return scanNumbers(text).some((hit) => (hit.money && kinds.includes('money')) || (hit.bulkEnd !== null && kinds.includes('bulk')));
}

/** One short sentence for all the kinds in a set of flags, e.g. "Bulk + destructive: confirm in writing, …". */
export function combinedAdvice(flags: readonly Pick<RiskFlag, 'kind'>[]): string {
  const kinds = [...new Set(flags.map((f) => f.kind))].filter((k) => RISK_FLAG_KINDS.includes(k)).sort();
  if (kinds.length === 0) return '';
  const label = kinds.map((k) => RISK_FLAG_WORDING.label[k]).join(' + ');
  const checks = [...new Set(kinds.flatMap((k) => RISK_FLAG_WORDING.checks[k]))];
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${checks.join(', ')}.`;
}
