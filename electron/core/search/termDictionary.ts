// The compact index's vocabulary: each distinct term once, kept in sorted order so a prefix is a binary search and
// a fuzzy lookup can walk the terms like a trie (neighbours share their first letters, so they share rows of the
// edit-distance table). Terms met since the last `settle` wait in a small map and are merged in one go.

/**
 * A term of its own. Tokens are cut from a record's text, and V8 may keep a long cut as a view of the whole text;
 * copying through JSON makes a fresh string, so the dictionary never pins a record's text in memory.
 */
const ownCopy = (term: string): string => JSON.parse(JSON.stringify(term)) as string;

export class TermDictionary {
  private sorted: string[] = [];
  /** `ids[i]` is the id of `sorted[i]`; ids are given out in order of arrival and never change. */
  private ids = new Int32Array(0);
  private pending = new Map<string, number>();
  private count = 0;

  /** How many terms have ids. */
  get size(): number {
    return this.count;
  }

  /** The term's id, giving it one if it is new. */
  idOf(term: string): number {
    const known = this.find(term);
    if (known >= 0) return known;
    const id = this.count++;
    this.pending.set(ownCopy(term), id);
    return id;
  }

  /** The term's id, or -1 when it was never seen. */
  find(term: string): number {
    const at = this.lowerBound(term);
    if (this.sorted[at] === term) return this.ids[at]!;
    return this.pending.get(term) ?? -1;
  }

  /** Merges the terms met since the last call into the sorted order; lookups by prefix or distance need it. */
  settle(): void {
    if (this.pending.size === 0) return;
    const incoming = [...this.pending].sort(([a], [b]) => (a < b ? -1 : 1));
    this.pending = new Map();
    const sorted: string[] = new Array<string>(this.sorted.length + incoming.length);
    const ids = new Int32Array(sorted.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < sorted.length; k++) {
      const old = this.sorted[i];
      const neu = incoming[j];
      if (neu === undefined || (old !== undefined && old < neu[0])) {
        sorted[k] = old!;
        ids[k] = this.ids[i++]!;
      } else {
        sorted[k] = neu[0];
        ids[k] = neu[1];
        j++;
      }
    }
    this.sorted = sorted;
    this.ids = ids;
  }

  /** Every settled term that starts with `prefix` and is longer than it, in sorted order. */
  withPrefix(prefix: string, visit: (term: string, id: number) => void): void {
    for (let at = this.lowerBound(prefix); at < this.sorted.length; at++) {
      const term = this.sorted[at]!;
      if (!term.startsWith(prefix)) return;
      if (term.length > prefix.length) visit(term, this.ids[at]!);
    }
  }

  /**
   * Every settled term within `maxDistance` edits (Levenshtein) of `query`, the query itself excluded. Walks the
   * sorted terms keeping one table row per letter: a term reuses the rows of the letters it shares with the one
   * before, and once a row's best is over the limit every term sharing those letters is skipped.
   */
  near(query: string, maxDistance: number, visit: (term: string, id: number, distance: number) => void): void {
    const width = query.length + 1;
    const longest = query.length + maxDistance;
    const rows = new Uint16Array((longest + 2) * width);
    for (let j = 0; j < width; j++) rows[j] = j;
    let previous = '';
    let valid = 0; // rows 1..valid hold the first `valid` letters of `previous`
    let at = 0;
    while (at < this.sorted.length) {
      const term = this.sorted[at]!;
      let r = 0;
      while (r < valid && r < term.length && term.charCodeAt(r) === previous.charCodeAt(r)) r++;
      let dead = 0; // when set, no term starting with term's first `dead` letters can match
      for (; r < term.length; r++) {
        if (r >= longest) {
          dead = r + 1;
          break;
        }
        const letter = term.charCodeAt(r);
        const above = r * width;
        const row = above + width;
        rows[row] = r + 1;
        let best = r + 1;
        for (let j = 1; j < width; j++) {
          const replace = rows[above + j - 1]! + (letter === query.charCodeAt(j - 1) ? 0 : 1);
          const value = Math.min(replace, rows[above + j]! + 1, rows[row + j - 1]! + 1);
          rows[row + j] = value;
          if (value < best) best = value;
        }
        if (best > maxDistance) {
          dead = r + 1;
          r++;
          break;
        }
      }
      previous = term;
      valid = r;
      if (dead > 0) {
        at++;
        while (at < this.sorted.length && sharesStart(this.sorted[at]!, term, dead)) at++;
        continue;
      }
      const distance = rows[term.length * width + query.length]!;
      if (distance <= maxDistance && distance > 0) visit(term, this.ids[at]!, distance);
      at++;
    }
  }

  /** The first position whose term is not before `term`. */
  private lowerBound(term: string): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.sorted[mid]! < term) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function sharesStart(a: string, b: string, length: number): boolean {
  if (a.length < length) return false;
  for (let i = 0; i < length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}
