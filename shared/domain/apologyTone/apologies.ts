// Finds the apologies in a message, leaving out uses of "sorry" that are not an apology for the mistake.
import { normalise, rx } from './text';
import type { Span } from './types';

const APOLOGY = rx(
  '\\bsorry\\b|\\bapolog(?:ise|ize|ised|ized|ising|izing|ies|y)\\b|\\bI (?:(?:deeply|sincerely|truly|really|greatly) )?regret\\b|\\bforgive me\\b|\\bmea culpa\\b',
);
// Uses of "sorry" that are not an apology for the mistake.
const NOT_AN_APOLOGY_AFTER =
  /^\s*(?:to (?:hear|bother|trouble|disturb|interrupt|chase|hassle|nag|learn|see|read|ask)\b|,?\s*(?:(?:a|one|just a|just one|another)\s+)?(?:quick\s+|small\s+|silly\s+|last\s+)?question\b|(?:state|sight)\b)/i;
const NOT_AN_APOLOGY_BEFORE =
  /(?:\bno|\bas an?|\bby way of(?: an?)?|\bfeel(?:s|ing)?|\bfelt|\bno need to(?: be)?|\bn't need to(?: be)?|\bnot need to(?: be)?|\bdon't(?: be)?|\bdo not(?: be)?)\s+$/i;

export function apologySpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(APOLOGY)) {
    const start = m.index;
    const end = start + m[0].length;
    if (NOT_AN_APOLOGY_AFTER.test(text.slice(end, end + 40))) continue;
    if (NOT_AN_APOLOGY_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    spans.push({ start, end });
  }
  return spans;
}

/** How many apologies the text makes for the mistake (non-apology uses of "sorry" are not counted). */
export function countApologies(text: string): number {
  return apologySpans(normalise(text)).length;
}
