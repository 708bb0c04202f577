// Operations of search everywhere. It only reads.
import { z } from 'zod';
import type { SearchKind, SearchTarget } from '../domain/search';
import { op } from './op';

export interface SearchHit {
  /** `kind:recordId`: unique across kinds, for keys and option ids. */
  id: string;
  kind: SearchKind;
  title: string;
  context: string;
  /** An excerpt of the matching text; empty when only the title matched. */
  snippet: string;
  /** The words in the record that matched (normalised), for highlighting. */
  terms: string[];
  target: SearchTarget;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
  /** All hits of this kind, of which `hits` are the best few. */
  total: number;
}

export interface SearchResults {
  query: string;
  groups: SearchGroup[];
  total: number;
}

export const searchOperations = {
  query: op(
    z
      .object({
        text: z.string().max(200, 'Keep the search under 200 characters.'),
        perKind: z.number().int().min(1).max(50).default(6),
      })
      .strict(),
  ).returns<SearchResults>(),
} as const;
