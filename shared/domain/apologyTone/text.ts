// Reading the message: offset-preserving normalising, sentences and clauses, negation, and regex helpers.
import type { Doc, Span } from './types';

export const rx = (source: string): RegExp => new RegExp(source, 'gi');
export const test = (source: string, s: string): boolean => new RegExp(source, 'i').test(s);

export function normalise(text: string): string {
  // One-for-one replacements only, so every offset still points into the caller's text.
  return text.replace(/[\u2018\u2019\u02BC\u2032`\u00B4]/g, "'").replace(/[\u00A0\u202F\u2009]/g, ' ');
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?;]+(?=\s|$)|\n+/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

export function sentenceOf(doc: Doc, at: number): string {
  const s = doc.sentences.find((x) => at >= x.start && at < x.end);
  return s ? doc.text.slice(s.start, s.end) : doc.text;
}

// The clause before a match, so "the supplier will refund you" is not read as the VA's offer.
export function clauseBefore(doc: Doc, at: number): string {
  const before = doc.text.slice(0, at);
  const cut = Math.max(...[...'.!?;:,—–\n', ' and ', ' but '].map((c) => before.lastIndexOf(c)));
  return before.slice(cut + 1);
}
export function clauseAfter(doc: Doc, at: number): string {
  const after = doc.text.slice(at);
  const stops = [...'.!?;:,—–\n', ' and ', ' but '].map((c) => after.indexOf(c)).filter((i) => i >= 0);
  return after.slice(0, stops.length ? Math.min(...stops) : after.length);
}
export const negatedBefore = (doc: Doc, at: number): boolean => /(?:\bnot|n't|\bno)\s+(?:[\w%]+\s+){0,2}$/i.test(doc.text.slice(Math.max(0, at - 30), at));
