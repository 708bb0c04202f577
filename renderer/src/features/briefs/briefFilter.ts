// The briefs filter, indexed: each brief's searchable text is lowered once when the list loads, and
// a query that only grows (typing on) narrows the previous matches instead of scanning everything.
import type { BriefSummary } from '../../../../shared/contract';
import type { BriefStatus } from '../../../../shared/model/brief';

export interface BriefIndex {
  briefs: readonly BriefSummary[];
  text: readonly string[];
}

export function indexBriefs(briefs: readonly BriefSummary[]): BriefIndex {
  return { briefs, text: briefs.map((b) => `${b.title}\n${b.summary}\n${b.clientName}`.toLocaleLowerCase()) };
}

export interface FilterResult {
  query: string;
  status: BriefStatus | '';
  /** Positions in the index that match, in the list's order. */
  positions: number[];
}

const lastResult = new WeakMap<BriefIndex, FilterResult>();

/** Every word of the query must appear (as the core's filter does); the last result on this index narrows the work when it can. */
export function filterBriefs(index: BriefIndex, query: string, status: BriefStatus | ''): FilterResult {
  const previous = lastResult.get(index) ?? null;
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const narrowing = previous !== null && previous.status === status && query.startsWith(previous.query) && words.length > 0;
  const candidates = narrowing ? previous.positions : null;
  const positions: number[] = [];
  const text = index.text;
  const matchesWords =
    words.length === 0
      ? () => true
      : words.length === 1
        ? (i: number) => text[i]!.includes(words[0]!)
        : (i: number) => words.every((w) => text[i]!.includes(w));
  const test = status === '' ? matchesWords : (i: number) => index.briefs[i]!.status === status && matchesWords(i);
  if (candidates !== null) {
    for (const i of candidates) if (test(i)) positions.push(i);
  } else {
    for (let i = 0; i < index.briefs.length; i++) if (test(i)) positions.push(i);
  }
  const result = { query, status, positions };
  lastResult.set(index, result);
  return result;
}
