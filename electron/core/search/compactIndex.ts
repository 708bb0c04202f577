// A compact inverted index for search everywhere, in place of MiniSearch, whose Map of document → frequency per term
// and field cost ~70 MB of heap on ten years of data (this costs ~3 MB). Where the memory goes, and why:
// - postings: per (term, field), gaps between slots as varints in one shared byte pool of chained blocks
//   (postingLists.ts), about 1.3 bytes a posting; a rare term costs a few bytes, not a Map or typed array of its own;
// - terms: each stored once, sorted, so a prefix is a binary search and fuzzy lookup a trie-like walk (termDictionary.ts);
// - per slot: distinct words per field (Uint16Array) and alive or not (Uint8Array). No text or document is kept: the
//   caller rebuilds the few documents it shows. Removing a record only marks its slot dead; searches skip it and
//   document frequencies count live slots, and the caller rebuilds the index once dead slots pass a quarter.
//
// Scoring follows MiniSearch's: BM25 per field (k 1.2, b 0.7, d 0.5) times the field's boost, times a weight for how
// the word matched: 1 when exact, 0.375 shrinking slowly with the letters added for a prefix, and 0.25 shrinking with
// the edits for a fuzzy match. MiniSearch weighed fuzzy at 0.45, which let a typo outrank a prefix; 0.25 keeps every
// fuzzy weight below the lowest prefix weight (0.375 / 1.3), so exact beats prefix beats fuzzy on equal text.
import { searchTerms } from '../../../shared/domain/search';
import { PostingLists, withRoom } from './postingLists';
import { TermDictionary } from './termDictionary';

const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.25;
/** Field lengths are counted in distinct words; a field with more than this is simply long. */
const MAX_LENGTH = 0xffff;

/** The slots a query found, in slot order, with their scores, and the index terms its words matched. */
export interface IndexMatches {
  slots: Int32Array;
  scores: Float64Array;
  /** Per query word in order: the exact term, then longer terms it starts, then near misses; no repeats. */
  terms: string[];
}

interface Expansion {
  term: string;
  id: number;
  weight: number;
}

/** Fuzzy matching for words of four letters or more: one typo in short words, up to a fifth of the letters in long ones. */
export function maxEdits(word: string): number {
  return word.length < 4 ? 0 : Math.min(6, Math.round(word.length * 0.2));
}

export class CompactIndex {
  private readonly terms = new TermDictionary();
  private readonly postings = new PostingLists();
  /** List id + 1 of each (term, field) pair, 0 when the term never occurred in that field. */
  private listOf = new Int32Array(0);
  /** Distinct words per (slot, field). */
  private lengths = new Uint16Array(0);
  private alive = new Uint8Array(0);
  private readonly totalLength: Float64Array;
  private slots = 0;
  private live = 0;
  private scratch = new Int32Array(64);

  /** One boost per field; `add` takes the fields' texts in the same order. */
  constructor(private readonly boosts: readonly number[]) {
    this.totalLength = new Float64Array(boosts.length);
  }

  /** Slots given out so far, dead ones included. */
  get slotCount(): number {
    return this.slots;
  }

  get liveCount(): number {
    return this.live;
  }

  get deadCount(): number {
    return this.slots - this.live;
  }

  isLive(slot: number): boolean {
    return this.alive[slot] === 1;
  }

  /** Indexes a record's field texts in a new slot, and returns the slot. */
  add(texts: readonly string[]): number {
    const fields = this.boosts.length;
    const slot = this.slots++;
    this.live += 1;
    this.alive = withRoom(this.alive, this.slots);
    this.alive[slot] = 1;
    this.lengths = withRoom(this.lengths, this.slots * fields);
    for (let field = 0; field < fields; field++) {
      const words = searchTerms(texts[field] ?? '');
      this.scratch = withRoom(this.scratch, words.length);
      for (let i = 0; i < words.length; i++) this.scratch[i] = this.terms.idOf(words[i]!);
      const ids = this.scratch.subarray(0, words.length).sort();
      this.listOf = withRoom(this.listOf, this.terms.size * fields);
      let distinct = 0;
      for (let i = 0; i < ids.length;) {
        const id = ids[i]!;
        let frequency = 1;
        while (ids[i + frequency] === id) frequency++;
        i += frequency;
        distinct++;
        const key = id * fields + field;
        if (this.listOf[key] === 0) this.listOf[key] = this.postings.create() + 1;
        this.postings.append(this.listOf[key]! - 1, slot, frequency);
      }
      const length = Math.min(distinct, MAX_LENGTH);
      this.lengths[slot * fields + field] = length;
      this.totalLength[field]! += length;
    }
    return slot;
  }

  /** Marks a slot dead: searches skip it and it no longer counts towards document frequencies or average lengths. */
  remove(slot: number): void {
    if (this.alive[slot] !== 1) return;
    this.alive[slot] = 0;
    this.live -= 1;
    for (let field = 0; field < this.boosts.length; field++) this.totalLength[field]! -= this.lengths[slot * this.boosts.length + field]!;
  }

  /**
   * After a bulk build: settles the term list and drops the scratch room. Arrays keep their slack (under
   * half of each) rather than being copied to size: each copy would leave freed memory behind.
   */
  settle(): void {
    this.terms.settle();
    this.scratch = new Int32Array(64);
  }

  /**
   * Slots holding every word (each by exact, prefix or fuzzy match), scored; when none does and `anyWord` is set,
   * slots holding any of them, a slot's score multiplied by how many words it holds. Words must be normalised.
   */
  search(words: readonly string[], anyWord: boolean): IndexMatches {
    this.terms.settle();
    const fields = this.boosts.length;
    const score = new Float64Array(this.slots);
    const held = new Uint16Array(this.slots);
    const lastWord = new Uint16Array(this.slots);
    const matchedTerms = new Set<string>();
    const documents = this.live;
    words.forEach((word, w) => {
      for (const { term, id, weight } of this.expand(word)) {
        matchedTerms.add(term);
        for (let field = 0; field < fields; field++) {
          const list = this.listOf[id * fields + field]! - 1;
          if (list < 0) continue;
          const frequency = this.deadCount === 0 ? this.postings.size(list) : this.liveIn(list);
          if (frequency === 0) continue;
          const idf = Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
          const average = this.totalLength[field]! / documents || 1;
          const factor = weight * this.boosts[field]! * idf;
          this.postings.forEach(list, (slot, tf) => {
            if (this.alive[slot] !== 1) return;
            const length = this.lengths[slot * fields + field]!;
            score[slot]! += factor * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / average)));
            if (lastWord[slot] !== w + 1) {
              lastWord[slot] = w + 1;
              held[slot]! += 1;
            }
          });
        }
      }
    });
    // No word matches nothing (rather than everything).
    let need = Math.max(1, words.length);
    let found = countAtLeast(held, need);
    if (found === 0 && anyWord && need > 1) {
      need = 1;
      found = countAtLeast(held, need);
    }
    const slots = new Int32Array(found);
    const scores = new Float64Array(found);
    for (let slot = 0, n = 0; n < found; slot++) {
      if (held[slot]! < need) continue;
      slots[n] = slot;
      scores[n++] = score[slot]! * held[slot]!;
    }
    return { slots, scores, terms: [...matchedTerms] };
  }

  /** The index terms a query word matches, exact first; a term both a prefix match and a near miss counts as prefix. */
  private expand(word: string): Expansion[] {
    const found: Expansion[] = [];
    const exact = this.terms.find(word);
    if (exact >= 0) found.push({ term: word, id: exact, weight: 1 });
    this.terms.withPrefix(word, (term, id) => {
      const added = term.length - word.length;
      found.push({ term, id, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * added) });
    });
    const edits = maxEdits(word);
    if (edits > 0) {
      const near: (Expansion & { distance: number })[] = [];
      this.terms.near(word, edits, (term, id, distance) => {
        if (!term.startsWith(word)) near.push({ term, id, distance, weight: (FUZZY_WEIGHT * term.length) / (term.length + distance) });
      });
      near.sort((a, b) => a.distance - b.distance);
      found.push(...near);
    }
    return found;
  }

  /** Postings of live slots in a list: the document frequency once slots have died. */
  private liveIn(list: number): number {
    let n = 0;
    this.postings.forEach(list, (slot) => {
      n += this.alive[slot]!;
    });
    return n;
  }
}

function countAtLeast(values: Uint16Array, least: number): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! >= least) n++;
  return n;
}
