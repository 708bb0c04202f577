// The search index lives in the core, beside the data: the renderer sends each (debounced) query over
// IPC, so typing never waits on indexing. Any data change marks it stale; the next query brings it up to
// date by re-indexing only the records whose version changed (see shared/domain/search.ts).
import MiniSearch from 'minisearch';
import { normaliseTerm, type SearchDoc, searchKinds, type SearchSourceData, searchSources, snippetAround } from '../../../shared/domain/search';
import type { SearchGroup, SearchResults } from '../../../shared/operations/insights';

const FIELDS = ['title', 'context', 'body'] as const;

export interface SearchIndex {
  /** Call on any data change; the work happens on the next search. */
  markStale(): void;
  search(text: string, perKind: number): SearchResults;
  /** How many records are indexed (after bringing the index up to date), for tests. */
  size(): number;
}

export function createSearchIndex(read: () => SearchSourceData): SearchIndex {
  const mini = new MiniSearch<SearchDoc>({
    fields: [...FIELDS],
    storeFields: [],
    processTerm: (term) => normaliseTerm(term) || null,
    searchOptions: {
      // A title hit matters most; the client or brief it belongs to next; then the words inside.
      boost: { title: 3, context: 1.5, body: 1 },
      prefix: true,
      // Allow one typo in short words and a few in long ones; never fuzzy on one or two letters.
      fuzzy: (term) => (term.length < 4 ? false : 0.2),
      combineWith: 'AND',
    },
  });
  const versions = new Map<string, string>();
  const docs = new Map<string, SearchDoc>();
  let stale = true;

  function refresh(): void {
    if (!stale) return;
    stale = false;
    const seen = new Set<string>();
    for (const source of searchSources(read())) {
      seen.add(source.id);
      if (versions.get(source.id) === source.version) continue;
      const doc = source.build();
      if (docs.has(source.id)) mini.replace(doc);
      else mini.add(doc);
      docs.set(source.id, doc);
      versions.set(source.id, source.version);
    }
    for (const id of [...docs.keys()]) {
      if (seen.has(id)) continue;
      mini.discard(id);
      docs.delete(id);
      versions.delete(id);
    }
  }

  function search(text: string, perKind: number): SearchResults {
    const query = text.trim();
    if (query === '') return { query, groups: [], total: 0 };
    refresh();
    let results = mini.search(query);
    // Every word must match when it can; if that finds nothing, any word will do.
    if (results.length === 0 && /\s/.test(query)) results = mini.search(query, { combineWith: 'OR' });
    const groups = new Map<string, SearchGroup>(searchKinds.map((kind) => [kind, { kind, hits: [], total: 0 }]));
    for (const result of results) {
      const doc = docs.get(String(result.id));
      if (doc === undefined) continue;
      const group = groups.get(doc.kind)!;
      group.total += 1;
      if (group.hits.length >= perKind) continue;
      const bodyMatched = result.terms.some((t) => (result.match[t] ?? []).includes('body'));
      group.hits.push({
        id: doc.id,
        kind: doc.kind,
        title: doc.title,
        context: doc.context,
        snippet: bodyMatched ? snippetAround(doc.body, result.terms) : '',
        terms: result.terms,
        target: doc.target,
      });
    }
    const kept = [...groups.values()].filter((g) => g.total > 0);
    return { query, groups: kept, total: kept.reduce((n, g) => n + g.total, 0) };
  }

  return {
    markStale: () => {
      stale = true;
    },
    search,
    size: () => {
      refresh();
      return docs.size;
    },
  };
}
