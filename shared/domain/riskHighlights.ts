// Turns risk flags into what a screen highlights: the text cut into plain and flagged pieces, and a
// short per-kind summary. Pure, so the brief, the paper trail and the quick-question box agree.
import { RISK_FLAG_KINDS, type RiskFlag, type RiskFlagKind } from './riskFlags';

export interface TextSegment {
  text: string;
  start: number;
  end: number;
  /** The kinds of flag covering this piece, in the standard order; empty for plain text. */
  kinds: RiskFlagKind[];
}

/** Cuts `text` into consecutive pieces at every flag boundary; overlapping flags of different kinds are both kept. */
export function segmentByFlags(text: string, flags: readonly Pick<RiskFlag, 'kind' | 'start' | 'end'>[]): TextSegment[] {
  if (text.length === 0) return [];
  const valid = flags
    .map((f) => ({ kind: f.kind, start: Math.max(0, Math.min(text.length, f.start)), end: Math.max(0, Math.min(text.length, f.end)) }))
    .filter((f) => f.end > f.start);
  const cuts = new Set<number>([0, text.length]);
  for (const f of valid) {
    cuts.add(f.start);
    cuts.add(f.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const present = new Set(valid.filter((f) => f.start <= start && f.end >= end).map((f) => f.kind));
    const kinds = RISK_FLAG_KINDS.filter((k) => present.has(k));
    const last = segments[segments.length - 1];
    // Neighbouring pieces with the same kinds are joined, so the screen shows one mark per phrase.
    if (last && last.end === start && last.kinds.join() === kinds.join()) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      segments.push({ text: text.slice(start, end), start, end, kinds });
    }
  }
  return segments;
}

export interface FlagKindSummary {
  kind: RiskFlagKind;
  /** The flagged phrases of this kind, once each (ignoring case), in the order they first appear. */
  phrases: string[];
  advice: string;
}

/** One line per kind of flag found, in order of first appearance. */
export function summariseFlags(flags: readonly RiskFlag[]): FlagKindSummary[] {
  const byKind = new Map<RiskFlagKind, FlagKindSummary & { seen: Set<string> }>();
  for (const f of [...flags].sort((a, b) => a.start - b.start)) {
    let entry = byKind.get(f.kind);
    if (!entry) {
      entry = { kind: f.kind, phrases: [], advice: f.advice, seen: new Set() };
      byKind.set(f.kind, entry);
    }
    const key = f.phrase.trim().toLocaleLowerCase();
    if (key && !entry.seen.has(key)) {
      entry.seen.add(key);
      entry.phrases.push(f.phrase.trim());
    }
  }
  return [...byKind.values()].map(({ kind, phrases, advice }) => ({ kind, phrases, advice }));
}

/** The distinct kinds among some flags, in the standard order. */
export function flagKinds(flags: readonly Pick<RiskFlag, 'kind'>[]): RiskFlagKind[] {
  const present = new Set(flags.map((f) => f.kind));
  return RISK_FLAG_KINDS.filter((k) => present.has(k));
}
