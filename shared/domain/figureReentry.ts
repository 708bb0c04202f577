// The retype check for money: which amounts a brief mentions, which the VA has retyped correctly,
// and a loud, specific message when a retyped figure does not match.
import type { FigureCheck } from '../model/checklist';
import { extractAmounts, type FigureComparison } from './riskFlags';

export interface AmountToCheck {
  value: number;
  /** The amount as first written, e.g. "£8,000". */
  phrase: string;
  /** Where it appears, e.g. ["What was asked", "Paper trail"]. */
  sources: string[];
}

export interface TextSource {
  label: string;
  text: string;
}

/** Every distinct amount in the given texts, in order of first appearance. The same value written twice is asked once. */
export function amountsToCheck(sources: readonly TextSource[]): AmountToCheck[] {
  const byValue = new Map<number, AmountToCheck>();
  for (const source of sources) {
    for (const amount of extractAmounts(source.text)) {
      const existing = byValue.get(amount.value);
      if (existing) {
        if (!existing.sources.includes(source.label)) existing.sources.push(source.label);
      } else {
        byValue.set(amount.value, { value: amount.value, phrase: amount.phrase.trim(), sources: [source.label] });
      }
    }
  }
  return [...byValue.values()];
}

/** Whether an amount has been retyped correctly already. */
export function isChecked(amount: Pick<AmountToCheck, 'value'>, checks: readonly Pick<FigureCheck, 'value'>[]): boolean {
  return checks.some((c) => c.value === amount.value);
}

export function formatFigure(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

function ratioWords(first: number, second: number): string | null {
  if (first === 0 || second === 0 || Math.sign(first) !== Math.sign(second)) return null;
  const ratio = second / first;
  const exponent = Math.round(Math.log10(Math.abs(ratio)));
  if (exponent === 0 || Math.abs(Math.abs(ratio) - 10 ** exponent) > 1e-9 * 10 ** Math.abs(exponent)) return null;
  const times = formatFigure(10 ** Math.abs(exponent));
  return exponent > 0
    ? `${times} times as much`
    : `a ${exponent === -1 ? 'tenth' : exponent === -2 ? 'hundredth' : exponent === -3 ? 'thousandth' : `1/${times}`} of it`;
}

/**
 * What the VA reads after retyping an amount. A mismatch names both figures and, when the
 * difference is a slipped zero, says so.
 */
export function figureCheckMessage(brief: string, retyped: string, result: FigureComparison): { ok: boolean; message: string } {
  if (retyped.trim() === '') return { ok: false, message: 'Type the amount as you read it.' };
  if (result.second === null) {
    return { ok: false, message: `“${retyped.trim()}” does not read as an amount. Type it in figures, for example 8,000 or 8k.` };
  }
  if (result.match) return { ok: true, message: `Matches: ${brief.trim()}.` };
  const first = result.first;
  const second = result.second;
  if (first === null) return { ok: false, message: `The brief’s “${brief.trim()}” does not read as an amount. Check it with your client.` };
  if (first === second) {
    return {
      ok: false,
      message: `The number matches but the currency does not: the brief says ${brief.trim()}, you typed ${retyped.trim()}. Check which currency your client means.`,
    };
  }
  const ratio = ratioWords(first, second);
  const scale = ratio ? ` That is ${ratio}: check the number of zeros.` : ' Check the original before you book or pay anything.';
  return {
    ok: false,
    message: `These do not match. The brief says ${brief.trim()} (${formatFigure(first)}), but you typed ${formatFigure(second)}.${scale}`,
  };
}
