// The briefs filter, indexed. When the list loads, each brief's searchable text is lowered once and
// every letter and pair of letters in it is listed with the briefs that hold it. A keystroke then
// starts from the shortest such list (a word's rarest pair of letters, or the last matches when the
// query only grew) and checks only those briefs, so typing stays quick with ten years of briefs.
import type { BriefRow } from '../contract';
import type { BriefStatus } from '../model/brief';

export interface BriefIndex {
  briefs: readonly BriefRow[];
  text: readonly string[];
  /** Positions (ascending) of the briefs whose text holds a letter or a pair of letters (see `gramKey`); null until built. */
  grams: Map<number, number[]> | null;
  /** Every position, for an empty query. */
  all: readonly number[];
}

const gramKey = (text: string, at: number, length: 1 | 2) =>
  length === 1 ? text.charCodeAt(at) : (text.charCodeAt(at) + 1) * 0x10000 + text.charCodeAt(at + 1);

/** The searchable text at once; the letter lists are built in the background (`buildGrams`), a slice at a time. */
/** Each row's searchable text, kept while the row object lives: a list patched row by row re-indexes only those rows. */
const rowText = new WeakMap<BriefRow, string>();

export function indexBriefs(briefs: readonly BriefRow[]): BriefIndex {
  const text = briefs.map((b) => {
    let t = rowText.get(b);
    if (t === undefined) rowText.set(b, (t = `${b.title}\n${b.summary}\n${b.clientName}`.toLocaleLowerCase()));
    return t;
  });
  return { briefs, text, grams: null, all: briefs.map((_, i) => i) };
}

/**
 * Lists, for every letter and pair of letters, the briefs that hold it, `slice` briefs per step so the
 * page stays responsive; the filter uses the lists once they are complete and scans until then.
 * Returns a function that stops the work (the list reloaded meanwhile).
 */
export function buildGrams(index: BriefIndex, schedule: (step: () => void) => void, slice = 1500): () => void {
  // Plain ASCII letters and pairs are listed by array position (a Map lookup for each of the million or
  // so letters of ten years is several times slower); the rest go in a Map.
  const single: number[][] = Array.from({ length: 128 }, () => []);
  const pairs: (number[] | undefined)[] = new Array(128 * 128);
  const other = new Map<number, number[]>();
  const add = (list: number[], i: number) => {
    if (list[list.length - 1] !== i) list.push(i); // once per brief, however often it occurs
  };
  const otherList = (key: number) => {
    let list = other.get(key);
    if (list === undefined) other.set(key, (list = []));
    return list;
  };
  let next = 0;
  let stopped = false;
  const step = () => {
    if (stopped) return;
    const end = Math.min(index.text.length, next + slice);
    for (let i = next; i < end; i++) {
      const t = index.text[i]!;
      let previous = -1;
      for (let at = 0; at < t.length; at++) {
        const c = t.charCodeAt(at);
        add(c < 128 ? single[c]! : otherList(c), i);
        if (previous >= 0) add(previous < 128 && c < 128 ? (pairs[previous * 128 + c] ??= []) : otherList((previous + 1) * 0x10000 + c), i);
        previous = c;
      }
    }
    next = end;
    if (next < index.text.length) return schedule(step);
    single.forEach((list, c) => list.length > 0 && other.set(c, list));
    pairs.forEach((list, k) => list !== undefined && other.set((Math.floor(k / 128) + 1) * 0x10000 + (k % 128), list));
    index.grams = other;
  };
  schedule(step);
  return () => {
    stopped = true;
  };
}

export interface FilterResult {
  query: string;
  status: BriefStatus | '';
  /** Positions in the index that match, in the list's order. Read-only: it may be one of the index's own lists. */
  positions: readonly number[];
}

const NONE: readonly number[] = [];
const lastResult = new WeakMap<BriefIndex, FilterResult>();

/** The briefs that can hold `word`: exactly those for one or two letters, else those holding its rarest pair. */
function candidatesFor(index: BriefIndex, word: string): { positions: readonly number[]; exact: boolean } {
  const grams = index.grams;
  if (grams === null) return { positions: index.all, exact: false };
  if (word.length <= 2) return { positions: grams.get(gramKey(word, 0, word.length as 1 | 2)) ?? NONE, exact: true };
  let best: readonly number[] | null = null;
  for (let at = 0; at + 1 < word.length; at++) {
    const list = grams.get(gramKey(word, at, 2)) ?? NONE;
    if (best === null || list.length < best.length) best = list;
  }
  return { positions: best ?? NONE, exact: false };
}

/** Every word of the query must appear (as the core's filter does). */
export function filterBriefs(index: BriefIndex, query: string, status: BriefStatus | ''): FilterResult {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  let base = index.all;
  // `exact`: every brief in `base` matches the words, so only the status is left to check.
  let exact = true;
  if (words.length > 0) {
    let chosen: { positions: readonly number[]; exact: boolean } | null = null;
    for (const word of words) {
      const c = candidatesFor(index, word);
      if (chosen === null || c.positions.length < chosen.positions.length) chosen = c;
    }
    base = chosen!.positions;
    exact = words.length === 1 && chosen!.exact;
    // A query that only grew needs checking only within what the last one matched.
    const previous = lastResult.get(index);
    if (previous !== undefined && previous.status === status && query.startsWith(previous.query) && previous.positions.length < base.length) {
      base = previous.positions;
      exact = false;
    }
  }
  let positions = base;
  if (!exact || status !== '') {
    const text = index.text;
    const found: number[] = [];
    for (const i of base) {
      if (status !== '' && index.briefs[i]!.status !== status) continue;
      if (exact || words.every((w) => text[i]!.includes(w))) found.push(i);
    }
    positions = found;
  }
  const result = { query, status, positions };
  lastResult.set(index, result);
  return result;
}
