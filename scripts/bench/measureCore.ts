// The core's figures: opening, one durable edit at ten years and at a month, a burst of edits, and
// search. Each ratio compares medians measured side by side, alternating, in the same process.
import { cpSync, mkdtempSync, openSync, closeSync, fsyncSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operationSchema } from '../../shared/contract';
import type { Brief } from '../../shared/model/brief';
import { type Core, createCore } from '../../electron/core/createCore';
import { MemorySettings } from '../../electron/core/settings/settingsPort';
import { JOURNAL_FILE } from '../../electron/core/storage/journal';
import { DATA_FILE } from '../../electron/core/storage/openDocument';
import { median, percentile, timed } from './stats';

/**
 * A full collection, then a pause so the collector's sweeping (concurrent, and lazy on the next
 * allocations) is done before the next measurement rather than billed to it.
 */
async function settleHeap(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 150));
}
const dialogs = { chooseSavePath: async () => null, chooseOpenPath: async () => null };

export function openCore(dataDir: string): Promise<Core> {
  return createCore({ dataDir, settings: new MemorySettings(), dialogs, appVersion: 'bench' });
}

/** A working copy, so runs never change the generated data. */
export function workingCopy(dataDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'steadyhand-bench-'));
  cpSync(join(dataDir, DATA_FILE), join(dir, DATA_FILE));
  return dir;
}

export interface OpenFigures {
  open_ms: number;
  open_floor_ms: number;
  open_ratio: number;
}

/** Opening through the core (read, parse, replay, migrate-check, validate every record) ÷ readFile + JSON.parse. */
export async function measureOpen(dataDir: string, runs: number): Promise<OpenFigures> {
  const dir = workingCopy(dataDir);
  const file = join(dir, DATA_FILE);
  const floors: number[] = [];
  const opens: number[] = [];
  try {
    for (let i = -1; i < runs; i++) {
      const floorFirst = i % 2 === 0;
      for (const which of floorFirst ? ['floor', 'open'] : ['open', 'floor']) {
        await settleHeap();
        if (which === 'floor') {
          const ms = await timed(() => JSON.parse(readFileSync(file).toString('utf8')));
          if (i >= 0) floors.push(ms);
        } else {
          let core: Core | null = null;
          const ms = await timed(async () => (core = await openCore(dir)));
          await core!.db.settled(); // the start-up backup, off the clock
          await core!.close();
          if (i >= 0) opens.push(ms);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { open_ms: median(opens), open_floor_ms: median(floors), open_ratio: median(opens) / median(floors) };
}

export interface SaveFigures {
  save_ms_10y: number;
  save_ms_small: number;
  save_scaling_ratio: number;
  save_floor_ms: number;
  save_floor_ratio: number;
  save_bytes: number;
  burst_writes: number;
  search_ms_p95: number;
  search_label: string;
  search_index_build_ms: number;
}

function editFields(b: Brief, n: number) {
  const { title, summary, deliverables, doneCriteria, inScope, outOfScope, deadline } = b;
  return { title, summary: `${summary.replace(/ \(edit \d+\)$/, '')} (edit ${n})`, deliverables, doneCriteria, inScope, outOfScope, deadline };
}

async function editOne(core: Core, brief: Brief, n: number): Promise<number> {
  return timed(async () => {
    const reply = await core.dispatch('briefs.update', { id: brief.id, fields: editFields(brief, n) });
    if (!reply.ok) throw new Error(`briefs.update failed: ${reply.error.message}`);
  });
}

/** One durable edit at ten years and at a month, alternating, and the floor of writing its bytes alone. */
export async function measureSaves(tenYearDir: string, smallDir: string, runs: number): Promise<SaveFigures> {
  const bigDir = workingCopy(tenYearDir);
  const littleDir = workingCopy(smallDir);
  const big = await openCore(bigDir);
  const little = await openCore(littleDir);
  const floorFile = join(bigDir, 'floor.bin');
  const floorFd = openSync(floorFile, 'a');
  try {
    await Promise.all([big.db.settled(), little.db.settled()]);
    // The same kind of record on both sides (a recent brief, with its clarification checklist), so
    // the two edits write the same number of bytes and only the size of the data differs.
    const recent = (core: Core) => core.db.data.briefs.filter((b) => b.checklist.items.length > 0).slice(-runs - 1);
    const bigBriefs = recent(big);
    const littleBriefs = recent(little);
    // The first save of a session starts the journal (a header, one more fsync): warm both up first.
    await editOne(big, bigBriefs[0]!, 0);
    await editOne(little, littleBriefs[0]!, 0);
    const bigTimes: number[] = [];
    const littleTimes: number[] = [];
    const floorTimes: number[] = [];
    const sizes: number[] = [];
    const journal = join(bigDir, JOURNAL_FILE);
    await settleHeap();
    for (let i = 1; i <= runs; i++) {
      const before = statSync(journal).size;
      bigTimes.push(await editOne(big, bigBriefs[i % bigBriefs.length]!, i));
      const bytes = statSync(journal).size - before;
      sizes.push(bytes);
      littleTimes.push(await editOne(little, littleBriefs[i % littleBriefs.length]!, i));
      const payload = Buffer.alloc(bytes, 0x61);
      floorTimes.push(
        await timed(() => {
          writeSync(floorFd, payload);
          fsyncSync(floorFd);
        }),
      );
    }
    const burst = await measureBurst(big);
    const search = await measureSearch(big);
    return {
      save_ms_10y: median(bigTimes),
      save_ms_small: median(littleTimes),
      save_scaling_ratio: median(bigTimes) / median(littleTimes),
      save_floor_ms: median(floorTimes),
      save_floor_ratio: median(bigTimes) / median(floorTimes),
      save_bytes: median(sizes),
      burst_writes: burst,
      ...search,
    };
  } finally {
    closeSync(floorFd);
    await big.close();
    await little.close();
    rmSync(bigDir, { recursive: true, force: true });
    rmSync(littleDir, { recursive: true, force: true });
  }
}

/** 100 edits issued at once: how many durable writes carry them (each edit acknowledged only once on disk). */
async function measureBurst(core: Core): Promise<number> {
  await core.db.settled();
  const briefs = core.db.data.briefs.slice(0, 100);
  const before = core.db.writeCount;
  const replies = await Promise.all(briefs.map((b, i) => core.dispatch('briefs.update', { id: b.id, fields: editFields(b, 1000 + i) })));
  if (!replies.every((r) => r.ok)) throw new Error('An edit of the burst failed.');
  return core.db.writeCount - before;
}

/** Search over 200 queries; where no search operation exists yet, the briefs filter in the core. */
async function measureSearch(core: Core): Promise<Pick<SaveFigures, 'search_ms_p95' | 'search_label' | 'search_index_build_ms'>> {
  const words = ['invoice', 'newsletter', 'calendar', 'travel', 'CRM', 'price list', 'board pack', 'receipts', 'podcast', 'onboarding'];
  const names = core.db.data.clients.map((c) => c.name.split(' ')[0]!);
  const queries = Array.from({ length: 200 }, (_, i) => (i % 3 === 2 ? names[i % names.length]! : words[i % words.length]!));
  const hasSearch = operationSchema('search.query') !== undefined;
  const run = (text: string) => (hasSearch ? core.dispatch('search.query', { text, perKind: 6 }) : core.dispatch('briefs.list', { query: text }));
  const build = await timed(() => run('warm up'));
  const times: number[] = [];
  for (const q of queries) times.push(await timed(() => run(q)));
  return {
    search_ms_p95: percentile(times, 95),
    search_label: hasSearch
      ? 'search.query (search everywhere), 200 queries after the index is built'
      : 'briefs filter in the core (no search module yet), 200 queries',
    search_index_build_ms: build,
  };
}
