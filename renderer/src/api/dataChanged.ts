// From the core's change events to the query cache. An event with `records` names the records an operation
// created, edited or removed: only the queries about those records refetch, and the briefs list is patched row by
// row (the core sends just those rows), so saving one brief costs one row and one detail, not every brief.
// Without `records`, or for views built from many records (today, insights, trash…), a query is refetched whenever
// one of its subjects changed.
import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';
import type { BriefRow, Subject } from '../../../shared/contract';
import type { AppEvent, ChangedRecords, RecordCollection } from '../../../shared/events';
import { compareCodeUnits } from '../../../shared/domain/order';
import { isBuiltInId } from '../../../shared/domain/templates/builtInTemplates';
import { briefKeys } from './queryKeys';

/** What a query declares beyond its key (see useApiQuery). */
export interface ApiQueryMeta extends Record<string, unknown> {
  /** Other subjects whose changes may change this query's answer (its key's first element is its own). */
  dependsOn?: readonly Subject[];
}

/** How the cache asks the core for fresh rows of some briefs (only the live ones come back). */
export interface RowSource {
  briefRows: (ids: string[]) => Promise<BriefRow[]>;
}

type DataChanged = Extract<AppEvent, { type: 'data-changed' }>;
type Plan = 'skip' | 'refetch' | { rowIds: string[] };

/** Each subject's own collection of records, where it has one; the others (settings, today, trash…) are views. */
const COLLECTION_OF: Partial<Record<Subject, RecordCollection>> = {
  clients: 'clients',
  briefs: 'briefs',
  paperTrail: 'paperTrail',
  checklists: 'checklistTemplate',
  incidents: 'incidents',
  templates: 'templates',
};

/** Brings the cache up to date with one change event; resolves when every refetch and patch it started is done. */
export async function applyDataChanged(client: QueryClient, event: DataChanged, source: RowSource): Promise<void> {
  const touched = new Set<Subject>(event.subjects);
  const jobs: Promise<unknown>[] = [];
  for (const query of client.getQueryCache().getAll()) {
    const subjects = subjectsOf(query);
    if (!subjects.some((s) => touched.has(s))) continue;
    const plan: Plan = event.records === undefined ? 'refetch' : planFor(query, subjects, touched, event.records);
    if (plan === 'refetch') jobs.push(client.invalidateQueries({ queryKey: query.queryKey, exact: true }));
    else if (plan !== 'skip') jobs.push(patchBriefRows(client, query.queryKey, plan.rowIds, source));
  }
  await Promise.all(jobs);
}

function subjectsOf(query: Query): Subject[] {
  const meta = query.meta as ApiQueryMeta | undefined;
  return [query.queryKey[0] as Subject, ...(meta?.dependsOn ?? [])];
}

/** The records a query is about, read from its key: a record's detail, or a brief's checklist. */
function aboutOf(key: QueryKey): ChangedRecords | undefined {
  const [subject, kind, id] = key;
  if (typeof id !== 'string') return undefined;
  if (kind === 'detail') {
    // A built-in template's view is stored, once edited, as a record with an id of its own: its detail cannot
    // tell from ids whether a change is about it, so any template change reloads it (there are a few dozen).
    if (subject === 'templates' && isBuiltInId(id)) return undefined;
    const collection = COLLECTION_OF[subject as Subject];
    return collection ? { [collection]: [id] } : undefined;
  }
  if (subject === 'checklists' && kind === 'forBrief') return { briefs: [id] };
  return undefined;
}

function planFor(query: Query, subjects: Subject[], touched: Set<Subject>, records: ChangedRecords): Plan {
  if (sameKey(query.queryKey, briefKeys.rows())) return briefRowsPlan(query, records);
  const about = aboutOf(query.queryKey);
  if (about === undefined) return 'refetch';
  for (const subject of subjects) {
    if (!touched.has(subject)) continue;
    const collection = COLLECTION_OF[subject];
    // A view the answer includes (settings, say) changed: nothing narrower to go by.
    if (collection === undefined) return 'refetch';
    const mine = about[collection];
    const changed = records[collection] ?? [];
    if (mine !== undefined ? changed.some((id) => mine.includes(id)) : changed.length > 0) return 'refetch';
  }
  return 'skip';
}

/** The briefs' rows show a brief's own fields and its client's name: those are the only records that matter. */
function briefRowsPlan(query: Query, records: ChangedRecords): Plan {
  const rows = query.state.data as BriefRow[] | undefined;
  // A load in flight may answer from before the change: let it be followed by a whole fresh load instead.
  if (rows === undefined || query.state.fetchStatus === 'fetching') return 'refetch';
  const ids = new Set(records.briefs ?? []);
  const clients = new Set(records.clients ?? []);
  if (clients.size > 0) for (const row of rows) if (clients.has(row.clientId)) ids.add(row.id);
  return ids.size === 0 ? 'skip' : { rowIds: [...ids] };
}

async function patchBriefRows(client: QueryClient, key: QueryKey, ids: string[], source: RowSource): Promise<void> {
  let fresh: BriefRow[];
  try {
    fresh = await source.briefRows(ids);
  } catch {
    await client.invalidateQueries({ queryKey: key, exact: true });
    return;
  }
  client.setQueryData<BriefRow[]>(key, (rows) => (rows === undefined ? rows : mergeBriefRows(rows, ids, fresh)));
}

/**
 * The list with the rows of `ids` replaced by `fresh` (an id missing from `fresh` is no longer live: its row goes),
 * kept newest change first as the core orders it. A fresh row older than the one already shown is ignored, so an
 * answer that arrives late never undoes a newer one.
 */
export function mergeBriefRows(rows: readonly BriefRow[], ids: readonly string[], fresh: readonly BriefRow[]): BriefRow[] {
  const asked = new Set(ids);
  const shown = new Map(rows.filter((r) => asked.has(r.id)).map((r) => [r.id, r]));
  const incoming = fresh
    .map((row) => {
      const before = shown.get(row.id);
      return before !== undefined && compareCodeUnits(before.updatedAt, row.updatedAt) > 0 ? before : row;
    })
    .sort((a, b) => compareCodeUnits(b.updatedAt, a.updatedAt));
  const kept = rows.filter((r) => !asked.has(r.id));
  const merged: BriefRow[] = [];
  let i = 0;
  for (const row of kept) {
    while (i < incoming.length && compareCodeUnits(incoming[i]!.updatedAt, row.updatedAt) >= 0) merged.push(incoming[i++]!);
    merged.push(row);
  }
  while (i < incoming.length) merged.push(incoming[i++]!);
  return merged;
}

function sameKey(a: QueryKey, b: QueryKey): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}
