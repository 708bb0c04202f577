// From change events to the query cache, with a real QueryClient: what refetches, what is patched row by row,
// and what is left alone.
import { QueryClient, QueryObserver, type QueryKey } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import type { BriefRow, Subject } from '../../../shared/contract';
import type { ChangedRecords } from '../../../shared/events';
import { applyDataChanged, mergeBriefRows } from '../../../renderer/src/api/dataChanged';
import { briefKeys, checklistKeys, clientKeys, settingKeys, templateKeys, todayKeys } from '../../../renderer/src/api/queryKeys';

const row = (id: string, updatedAt: string, over: Partial<BriefRow> = {}): BriefRow => ({
  id,
  clientId: 'c1',
  clientName: 'Ada',
  title: `Brief ${id}`,
  summary: '',
  status: 'draft',
  deadline: null,
  updatedAt,
  ...over,
});

/** A stand-in core: the rows it holds now, and every call the cache made of it. */
function fakeCore(initial: BriefRow[]) {
  const rows = new Map(initial.map((r) => [r.id, r]));
  const calls: string[] = [];
  return {
    rows,
    calls,
    allRows: async () => {
      return [...rows.values()].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
    },
    source: {
      briefRows: async (ids: string[]) => {
        calls.push(`briefs.rows ${ids.join(',')}`);
        return ids.flatMap((id) => (rows.has(id) ? [rows.get(id)!] : []));
      },
    },
  };
}

let client: QueryClient;
const unsubscribes: (() => void)[] = [];
afterEach(() => {
  unsubscribes.splice(0).forEach((u) => u());
  client.clear();
});

/** A query on screen (so an invalidation refetches it at once), counting its loads under `name`. */
async function watch(key: QueryKey, name: string, calls: string[], answer: () => Promise<unknown> = async () => name, dependsOn?: Subject[]) {
  const observer = new QueryObserver(client, {
    queryKey: key,
    queryFn: () => {
      calls.push(name);
      return answer();
    },
    staleTime: Infinity,
    retry: false,
    ...(dependsOn ? { meta: { dependsOn } } : {}),
  });
  unsubscribes.push(observer.subscribe(() => {}));
  await client.getQueryCache().find({ queryKey: key, exact: true })!.promise;
}

async function screen(core: ReturnType<typeof fakeCore>) {
  client = new QueryClient();
  await watch(briefKeys.rows(), 'briefs.rows', core.calls, core.allRows, ['clients']);
  await watch(briefKeys.detail('b1'), 'briefs.get b1', core.calls);
  await watch(briefKeys.detail('b2'), 'briefs.get b2', core.calls);
  await watch(checklistKeys.forBrief('b1'), 'checklists.forBrief b1', core.calls, undefined, ['briefs']);
  await watch(clientKeys.list(), 'clients.list', core.calls);
  await watch(todayKeys.get(), 'today.get', core.calls, undefined, ['briefs', 'clients']);
  await watch(settingKeys.get(), 'settings.get', core.calls);
  core.calls.length = 0;
}

const changed = (subjects: Subject[], records?: ChangedRecords) => ({ type: 'data-changed', subjects, ...(records ? { records } : {}) }) as const;
const rowsNow = () => client.getQueryData<BriefRow[]>(briefKeys.rows())!;

describe('a change event naming its records', () => {
  it('saving one brief refetches that brief and updates its row, and loads no other row or list', async () => {
    const core = fakeCore([row('b1', '2026-01-01'), row('b2', '2026-01-02'), row('b3', '2026-01-03')]);
    await screen(core);
    core.rows.set('b1', row('b1', '2026-02-01', { title: 'Renamed' }));
    await applyDataChanged(client, changed(['briefs', 'today'], { briefs: ['b1'] }), core.source);
    expect(core.calls.sort()).toEqual(['briefs.get b1', 'briefs.rows b1', 'checklists.forBrief b1', 'today.get']);
    expect(rowsNow().map((r) => `${r.id} ${r.title}`)).toEqual(['b1 Renamed', 'b3 Brief b3', 'b2 Brief b2']);
  });

  it('a new brief is fetched alone and placed by its change time; a removed one leaves the list', async () => {
    const core = fakeCore([row('b1', '2026-01-01'), row('b2', '2026-01-03')]);
    await screen(core);
    core.rows.set('b9', row('b9', '2026-01-02'));
    core.rows.delete('b2');
    await applyDataChanged(client, changed(['briefs', 'clients'], { briefs: ['b9', 'b2'] }), core.source);
    expect(rowsNow().map((r) => r.id)).toEqual(['b9', 'b1']);
    expect(core.calls).toContain('briefs.rows b9,b2');
    expect(core.calls).not.toContain('briefs.rows');
    // The clients' list counts open briefs, so it reloads; the other briefs' details do not.
    expect(core.calls).toContain('clients.list');
    expect(core.calls).not.toContain('briefs.get b1');
  });

  it("renaming a client updates only that client's brief rows", async () => {
    const core = fakeCore([row('b1', '2026-01-01'), row('b2', '2026-01-02', { clientId: 'c2', clientName: 'Bo' })]);
    await screen(core);
    core.rows.set('b2', row('b2', '2026-01-02', { clientId: 'c2', clientName: 'Bea' }));
    await applyDataChanged(client, changed(['clients', 'briefs'], { clients: ['c2'] }), core.source);
    expect(core.calls).toContain('briefs.rows b2');
    expect(core.calls).not.toContain('briefs.rows');
    expect(core.calls.filter((c) => c.startsWith('briefs.get'))).toEqual([]);
    expect(rowsNow().find((r) => r.id === 'b2')!.clientName).toBe('Bea');
  });

  it('a change elsewhere (a paper trail entry) leaves the briefs alone', async () => {
    const core = fakeCore([row('b1', '2026-01-01')]);
    await screen(core);
    await applyDataChanged(client, changed(['paperTrail', 'briefs'], { paperTrail: ['p1'] }), core.source);
    expect(core.calls.filter((c) => c.startsWith('briefs'))).toEqual([]);
  });

  it("a built-in template's detail reloads when its edited copy (a record with another id) is saved; a custom one's does not", async () => {
    const core = fakeCore([row('b1', '2026-01-01')]);
    await screen(core);
    await watch(templateKeys.detail('builtin-late-reply-chat'), 'templates.get builtin', core.calls);
    await watch(templateKeys.detail('t-own'), 'templates.get t-own', core.calls);
    core.calls.length = 0;
    await applyDataChanged(client, changed(['templates'], { templates: ['t-override'] }), core.source);
    expect(core.calls).toEqual(['templates.get builtin']);
  });

  it('when the rows cannot be fetched, the whole list is loaded again rather than left wrong', async () => {
    const core = fakeCore([row('b1', '2026-01-01')]);
    await screen(core);
    const failing = { briefRows: async () => Promise.reject(new Error('core restarting')) };
    await applyDataChanged(client, changed(['briefs'], { briefs: ['b1'] }), failing);
    expect(core.calls).toContain('briefs.rows');
  });
});

describe('a change event without records', () => {
  it('reloads every query of the subjects it names, and nothing else', async () => {
    const core = fakeCore([row('b1', '2026-01-01')]);
    await screen(core);
    await applyDataChanged(client, changed(['briefs']), core.source);
    expect(core.calls.sort()).toEqual(['briefs.get b1', 'briefs.get b2', 'briefs.rows', 'checklists.forBrief b1', 'today.get']);
  });
});

describe('merging fresh rows', () => {
  it('keeps newest change first and never lets a late, older answer undo a newer row', () => {
    const rows = [row('a', '2026-01-05', { title: 'Newest' }), row('b', '2026-01-03'), row('c', '2026-01-01')];
    const merged = mergeBriefRows(rows, ['a', 'c'], [row('a', '2026-01-04', { title: 'Stale' }), row('c', '2026-01-06')]);
    expect(merged.map((r) => `${r.id} ${r.title}`)).toEqual(['c Brief c', 'a Newest', 'b Brief b']);
  });
});
