// Operations of the Today dashboard, search everywhere, insights and reminders (issue: today and insights).
// Everything here reads; nothing changes a record. Domain types are imported as types only, so the
// renderer's bundle never pulls in the holiday calendars the core uses to compute them.
import { z } from 'zod';
import type { Insights } from '../domain/insights';
import type { ReminderDecision } from '../domain/reminders';
import type { SearchKind, SearchTarget } from '../domain/search';
import type { TodayView } from '../domain/today';
import { isoDate, isoDateTime } from '../model/common';
import { none, op } from './op';

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

export const insightOperations = {
  today: {
    get: op(none).returns<TodayView>(),
  },
  search: {
    query: op(
      z
        .object({
          text: z.string().max(200, 'Keep the search under 200 characters.'),
          perKind: z.number().int().min(1).max(50).default(6),
        })
        .strict(),
    ).returns<SearchResults>(),
  },
  insights: {
    get: op(
      z
        .object({ from: isoDate.nullable(), to: isoDate.nullable() })
        .strict()
        .refine((r) => r.from === null || r.to === null || r.from <= r.to, { message: 'The start date must be on or before the end date.', path: ['from'] }),
    ).returns<Insights>(),
  },
  reminders: {
    /**
     * What the shell should show now, if anything. The shell remembers what it has mentioned and when,
     * so the core stays stateless and a renderer call cannot swallow a reminder.
     */
    check: op(
      z
        .object({
          alreadyMentioned: z.array(z.string().max(200)).max(2_000),
          lastShownAt: isoDateTime.nullable(),
        })
        .strict(),
    ).returns<ReminderDecision>(),
  },
} as const;
