// Resident memory of the core process holding the ten-year data, at rest: after opening and serving Today, and
// again after its first searches. The process is the built core entry (out-bench/main/core.js), forked as the
// Chromium shell forks it and started as a utilityProcess in the app, so the figure is the core's alone: its
// resident set is read from /proc by this process, which only sends it the protocol's messages.
//
// "At rest" means after V8's memory reducer has run. Opening 28 MB of JSON grows the young generation to its
// largest; V8 gives those pages back only once the process has been idle for several seconds, as the core is
// between clicks. So this waits, without asking the core for anything, until its resident memory stops falling.
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { forkCore, type CoreChild } from '../../electron/coreHost';
import type { CoreToHost, HostToCore } from '../../electron/core/process/protocol';
import { DATA_FILE } from '../../electron/core/storage/openDocument';
import { workingCopy } from './measureCore';

export interface MemoryFigures {
  /** Holding the ten-year data: after opening and serving Today, at rest. The figure the target is judged on. */
  core_rss_mb: number;
  core_rss_ratio: number;
  /** The same core after its first searches, which build the search index (kept from then on). */
  core_rss_searched_mb: number;
  core_rss_searched_ratio: number;
  core_rss_before_open_mb: number;
  /** What the data adds to the process before opening, ÷ the file size. */
  core_rss_data_ratio: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  if (!line) throw new Error(`No VmRSS for process ${pid}`);
  return Number(line[1]) * 1024;
}

/** Seen acting 8 to 18 s after a busy spell on these machines: wait at least 25 s, then for ten steady seconds. */
async function restingRss(pid: number, atLeastS = 25): Promise<number> {
  const readings: number[] = [];
  for (let waited = 1; waited <= 60; waited++) {
    await sleep(1000);
    readings.push(rssOf(pid));
    const recent = readings.slice(-10);
    if (waited >= atLeastS && Math.max(...recent) - Math.min(...recent) < 0.5e6) return recent[recent.length - 1]!;
  }
  return readings[readings.length - 1]!;
}

/** The protocol by hand, so nothing is sent before the baseline is read. */
function talk(child: CoreChild) {
  let nextId = 0;
  const waiting = new Map<number, (m: CoreToHost) => void>();
  let onOpened: (m: CoreToHost) => void = () => undefined;
  child.onMessage((m) => {
    if (m.type === 'reply') waiting.get(m.id)?.(m);
    if (m.type === 'opened' || m.type === 'open-failed') onOpened(m);
  });
  return {
    open: (message: HostToCore) =>
      new Promise<void>((resolve, reject) => {
        onOpened = (m) => (m.type === 'opened' ? resolve() : reject(new Error(JSON.stringify(m))));
        child.send(message);
      }),
    call: (operation: string, input: unknown) =>
      new Promise<void>((resolve, reject) => {
        const id = ++nextId;
        waiting.set(id, (m) => (m.type === 'reply' && m.envelope.ok ? resolve() : reject(new Error(`${operation} failed`))));
        child.send({ type: 'call', id, operation, input });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        child.onExit(() => resolve());
        child.send({ type: 'close' });
      }),
  };
}

export async function measureMemory(dataDir: string, coreEntry: string): Promise<MemoryFigures> {
  const dir = workingCopy(dataDir);
  const child = forkCore(coreEntry)();
  try {
    const core = talk(child);
    const pid = child.pid!;
    // The core's code is loaded (the bundle's imports ran) but no data is open yet.
    const baseline = await restingRss(pid, 5);
    await core.open({ type: 'open', dataDir: dir, appVersion: 'bench' });
    // What the app asks for as its window opens: the status line and the Today screen (working days by region).
    await core.call('app.status', {});
    await core.call('today.get', {});
    const opened = await restingRss(pid);
    // Search everywhere builds its index on the first query; the core keeps it from then on.
    await core.call('search.query', { text: 'invoice' });
    await core.call('search.query', { text: 'newsletter segment' });
    const searched = await restingRss(pid);
    await core.close();
    const size = statSync(join(dataDir, DATA_FILE)).size;
    return {
      core_rss_mb: opened / 1e6,
      core_rss_ratio: opened / size,
      core_rss_searched_mb: searched / 1e6,
      core_rss_searched_ratio: searched / size,
      core_rss_before_open_mb: baseline / 1e6,
      core_rss_data_ratio: (opened - baseline) / size,
    };
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
