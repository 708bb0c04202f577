// Child process of the benchmark: opens the core on a data folder, uses it as the app does on start
// (Today) and then searches, and reports its resident memory at rest after each step, so the figure is
// the core's alone and not the benchmark's.
//
// "At rest" means after V8's memory reducer has run. Opening 28 MB of JSON grows the young generation
// to its largest; V8 gives those pages back only once the process has been idle for several seconds,
// as the app's main process is between clicks. A forced gc() alone does not shrink it, so the child
// waits until resident memory stops falling instead.
import { createCore } from '../../electron/core/createCore';
import { MemorySettings } from '../../electron/core/settings/settingsPort';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('Usage: rssChild.ts DATA_DIR');
const gc = (globalThis as { gc?: () => void }).gc;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resident memory once it has stopped falling, as the app's main process would be between clicks. The
 * child never forces a collection here: V8's memory reducer, which gives back the young generation that
 * opening grew, acts on its own some seconds after a busy spell, and only when it sees garbage to collect
 * (a forced collection first leaves it nothing to do). So the child waits, then samples each second
 * until three readings agree.
 */
async function restingRss(): Promise<number> {
  // Seen acting 8 to 18 s after the busy spell on these machines: wait at least 25 s, then for ten steady seconds.
  const readings: number[] = [];
  for (let waited = 1; waited <= 60; waited++) {
    await sleep(1000);
    readings.push(process.memoryUsage().rss);
    const recent = readings.slice(-10);
    // Steady within half a megabyte: the reducer has done what it will do.
    if (waited >= 25 && Math.max(...recent) - Math.min(...recent) < 0.5e6) return recent[recent.length - 1]!;
  }
  return readings[readings.length - 1]!;
}

async function call(name: string, input: unknown): Promise<unknown> {
  const reply = (await core.dispatch(name as never, input as never)) as { ok: boolean; error?: unknown; value?: unknown };
  if (!reply.ok) throw new Error(`${name} failed: ${JSON.stringify(reply.error)}`);
  return reply.value;
}

// The core's code is loaded (the bundle's imports ran) but no data is open yet.
gc?.();
const baseline = process.memoryUsage().rss;
const core = await createCore({
  dataDir,
  settings: new MemorySettings(),
  dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
  appVersion: 'bench',
});
await core.db.settled();
// What the app asks for as its window opens: the status line and the Today screen (working days by region).
await call('app.status', {});
await call('today.get', {});
const opened = await restingRss();
// Search everywhere builds its index on the first query; the core keeps it from then on.
await call('search.query', { text: 'invoice' });
await call('search.query', { text: 'newsletter segment' });
const searched = await restingRss();
const usage = process.memoryUsage();
process.stdout.write(JSON.stringify({ opened, searched, heapUsed: usage.heapUsed, baseline, records: core.db.data.briefs.length }) + '\n');
await core.close();
