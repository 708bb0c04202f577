// The search index lives in the core, beside the data: the renderer sends each (debounced) query over
// IPC, so typing never waits on indexing. Any data change marks it stale; the next query brings it up to
// date by re-indexing only the records whose version changed (see shared/domain/search.ts).
// It keeps numbers, not documents (compactIndex.ts): per slot the record's kind, a hash of its version and where
// it sat in its list, so the few hits shown are rebuilt from the live data on each search.
import {
  findSearchDoc,
  type SearchDoc,
  type SearchKind,
  searchKinds,
  type SearchSourceData,
  searchTerms,
  snippetAround,
  visitSearchSources,
} from '../../../shared/domain/search';
import type { SearchGroup, SearchHit, SearchResults } from '../../../shared/operations/search';
import { CompactIndex, type IndexMatches } from './compactIndex';
import { withRoom } from './postingLists';

/** A title hit matters most; the client or brief it belongs to next; then the words inside. */
const BOOSTS = [3, 1.5, 1];
const fieldsOf = (doc: SearchDoc) => [doc.title, doc.context, doc.body];
/** Past this share of dead slots, a refresh rebuilds the index from the current data. */
const MAX_DEAD_SHARE = 0.25;

export interface SearchIndex {
  /** Call on any data change; the work happens on the next search. */
  markStale(): void;
  search(text: string, perKind: number): SearchResults;
  /** How many records are indexed (after bringing the index up to date), for tests. */
  size(): number;
}

/**
 * A 52-bit hash of a version string (two 32-bit FNV-1a lanes with different multipliers), kept instead of the string:
 * it only has to tell whether one record's version changed.
 */
export function versionHash(version: string): number {
  let low = 0x811c9dc5;
  let high = 0x050c5d1f;
  for (let i = 0; i < version.length; i++) {
    const c = version.charCodeAt(i);
    low = Math.imul(low ^ c, 0x01000193);
    high = Math.imul(high ^ c, 0x5bd1e995);
  }
  return (high & 0xfffff) * 0x100000000 + (low >>> 0);
}

/** The index and what is known of the record in each of its slots. */
class IndexedRecords {
  readonly index = new CompactIndex(BOOSTS);
  /** Per kind, record id → slot. Keys are the records' own id strings, shared with the data. */
  readonly slotOf = searchKinds.map(() => new Map<string, number>());
  kind = new Uint8Array(0);
  version = new Float64Array(0);
  position = new Int32Array(0);
  recordId: string[] = [];

  /** Where a record sat in its kind's list when last seen, or -1. */
  readonly positionOf = (kind: SearchKind, recordId: string): number => {
    const slot = this.slotOf[searchKinds.indexOf(kind)]!.get(recordId);
    return slot === undefined ? -1 : this.position[slot]!;
  };

  /** Adds new records, re-indexes changed ones and drops those gone; returns the share of dead slots after. */
  update(data: SearchSourceData): number {
    const before = this.index.slotCount;
    const seen = new Uint8Array(before);
    visitSearchSources(data, (kind, recordId, version, build, position) => {
      const k = searchKinds.indexOf(kind);
      const hash = versionHash(version);
      const known = this.slotOf[k]!.get(recordId);
      if (known !== undefined) {
        seen[known] = 1;
        this.position[known] = position;
        if (this.version[known] === hash && this.index.isLive(known)) return;
        this.index.remove(known);
        this.recordId[known] = '';
      }
      const slot = this.index.add(fieldsOf(build()));
      this.kind = withRoom(this.kind, slot + 1);
      this.version = withRoom(this.version, slot + 1);
      this.position = withRoom(this.position, slot + 1);
      this.kind[slot] = k;
      this.version[slot] = hash;
      this.position[slot] = position;
      this.recordId[slot] = recordId;
      this.slotOf[k]!.set(recordId, slot);
    });
    for (let slot = 0; slot < before; slot++) {
      if (seen[slot] === 1 || !this.index.isLive(slot)) continue;
      this.index.remove(slot);
      this.slotOf[this.kind[slot]!]!.delete(this.recordId[slot]!);
      this.recordId[slot] = '';
    }
    return this.index.slotCount === 0 ? 0 : this.index.deadCount / this.index.slotCount;
  }

  /** After a bulk build (see CompactIndex.settle). */
  settle(): void {
    this.index.settle();
  }
}

export function createSearchIndex(read: () => SearchSourceData): SearchIndex {
  let records = new IndexedRecords();
  let stale = true;

  function refresh(data: SearchSourceData): void {
    if (!stale) return;
    stale = false;
    const fresh = records.index.slotCount === 0;
    if (records.update(data) > MAX_DEAD_SHARE) {
      records = new IndexedRecords();
      records.update(data);
      records.settle();
    } else if (fresh) records.settle();
  }

  function hit(data: SearchSourceData, slot: number, matches: IndexMatches): SearchHit | undefined {
    const kind = searchKinds[records.kind[slot]!]!;
    const doc = findSearchDoc(data, kind, records.recordId[slot]!, records.positionOf);
    if (doc === undefined) return undefined;
    // The words of this record that the query matched, in the index's order; the snippet only when the body had one.
    const inBody = new Set(searchTerms(doc.body));
    const elsewhere = new Set(searchTerms(`${doc.title}\n${doc.context}`));
    const terms = matches.terms.filter((t) => inBody.has(t) || elsewhere.has(t));
    const bodyMatched = terms.some((t) => inBody.has(t));
    return {
      id: doc.id,
      kind: doc.kind,
      title: doc.title,
      context: doc.context,
      snippet: bodyMatched ? snippetAround(doc.body, terms) : '',
      terms,
      target: doc.target,
    };
  }

  function search(text: string, perKind: number): SearchResults {
    const query = text.trim();
    if (query === '') return { query, groups: [], total: 0 };
    const data = read();
    refresh(data);
    const words = [...new Set(searchTerms(query))];
    if (words.length === 0) return { query, groups: [], total: 0 };
    // Every word must match when it can; if that finds nothing, any word will do.
    const matches = records.index.search(words, /\s/.test(query));
    const totals = searchKinds.map(() => 0);
    // Per kind, the best few (indices into matches), by score; on a tie the earlier slot stays first.
    const best = searchKinds.map((): number[] => []);
    const { slots, scores } = matches;
    for (let i = 0; i < slots.length; i++) {
      const k = records.kind[slots[i]!]!;
      totals[k]! += 1;
      const top = best[k]!;
      if (top.length >= perKind && scores[i]! <= scores[top[top.length - 1]!]!) continue;
      let at = top.length;
      while (at > 0 && scores[top[at - 1]!]! < scores[i]!) at--;
      top.splice(at, 0, i);
      if (top.length > perKind) top.pop();
    }
    const groups: SearchGroup[] = [];
    searchKinds.forEach((kind, k) => {
      if (totals[k] === 0) return;
      const hits = best[k]!.map((i) => hit(data, slots[i]!, matches)).filter((h): h is SearchHit => h !== undefined);
      groups.push({ kind, hits, total: totals[k]! });
    });
    return { query, groups, total: groups.reduce((n, g) => n + g.total, 0) };
  }

  return {
    markStale: () => {
      stale = true;
    },
    search,
    size: () => {
      refresh(read());
      return records.index.liveCount;
    },
  };
}
