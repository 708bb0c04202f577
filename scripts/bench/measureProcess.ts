// What the window's process feels while the core works, now that the core runs in its own process. This
// process plays main: it starts the built core entry as a child through the same host main uses
// (electron/coreHost.ts) and watches its own event loop with `perf_hooks.monitorEventLoopDelay` while the core
// opens the ten-year data, answers Today, builds the search index and serves ten autosaves of a brief.
// `main_block_ms` is the longest stall seen (median over runs); `first_screen_ratio` is launch → Today answered
// ÷ readFile + JSON.parse of the same file, measured side by side, alternating.
//
// The process that plays main is a fresh Node process started for this alone (this file, run as a script), not
// the bench itself: by this point the bench has opened ten years in-process a dozen times, and a stand-in that
// large stalls on its own collector and on fork() copying its page tables, which Electron's main (small, and
// launching utility processes off its UI thread) never does.
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Brief } from '../../shared/model/brief';
import { forkCore, startCoreHost, type CoreHost } from '../../electron/coreHost';
import { median } from './stats';

export interface ProcessFigures {
  main_block_ms: number;
  main_block_worst_ms: number;
  /** The same probe over an idle wait as long as the launch, alternating with it: what the machine's own noise (other work on 2 cores) costs. */
  main_block_idle_ms: number;
  first_screen_ms: number;
  first_screen_floor_ms: number;
  first_screen_ratio: number;
}

const dialogs = { chooseSavePath: async () => null, chooseOpenPath: async () => null };

async function ok(host: CoreHost, operation: string, input: unknown): Promise<unknown> {
  const reply = await host.dispatch(operation, input);
  if (!reply.ok) throw new Error(`${operation} failed: ${reply.error.message}`);
  return reply.value;
}

function autosaveFields(b: Brief, n: number) {
  const { title, summary, deliverables, doneCriteria, inScope, outOfScope, deadline } = b;
  return { title: `${title.replace(/ \(draft \d+\)$/, '')} (draft ${n})`, summary, deliverables, doneCriteria, inScope, outOfScope, deadline };
}

/** `coreEntry`: the built core process (out-bench/main/core.js). Runs `playMain` in a fresh process (see the top). */
export async function measureProcess(dataDir: string, coreEntry: string, runs: number): Promise<ProcessFigures> {
  // Loaded here, not at the top: the process playing main runs this file too and must not load the core.
  const { workingCopy } = await import('./measureCore');
  const { DATA_FILE } = await import('../../electron/core/storage/openDocument');
  const dir = workingCopy(dataDir);
  try {
    return await new Promise((resolve, reject) => {
      const args = JSON.stringify({ dir, file: join(dir, DATA_FILE), coreEntry, runs });
      execFile(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), args], (error, stdout, stderr) => {
        if (error) reject(new Error(`The process playing main failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout.trim().split('\n').pop()!) as ProcessFigures);
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The stand-in for main, in its own process: imports only what main imports to host the core. */
async function playMain(dir: string, file: string, coreEntry: string, runs: number): Promise<ProcessFigures> {
  // Off the clock: a brief to autosave, found once.
  const briefId = (JSON.parse(readFileSync(file, 'utf8')) as { briefs: { id: string }[] }).briefs.at(-1)!.id;
  const stalls: number[] = [];
  const idleStalls: number[] = [];
  let lastLaunchMs = 3_000;
  const launches: number[] = [];
  const floors: number[] = [];
  for (let i = -1; i < runs; i++) {
    const floorFirst = i % 2 === 0;
    for (const which of floorFirst ? ['floor', 'idle', 'launch'] : ['launch', 'idle', 'floor']) {
      await new Promise((r) => setTimeout(r, 200));
      if (which === 'idle') {
        (globalThis as { gc?: () => void }).gc?.();
        await new Promise((r) => setTimeout(r, 200));
        const monitor = monitorEventLoopDelay({ resolution: 5 });
        monitor.enable();
        await new Promise((r) => setTimeout(r, lastLaunchMs));
        monitor.disable();
        if (i >= 0) idleStalls.push(monitor.max / 1e6);
        continue;
      }
      if (which === 'floor') {
        const start = performance.now();
        JSON.parse(readFileSync(file).toString('utf8'));
        if (i >= 0) floors.push(performance.now() - start);
        continue;
      }
      // The floor's 28 MB parse left garbage in this process; collect it first, as main never parses the data file.
      (globalThis as { gc?: () => void }).gc?.();
      await new Promise((r) => setTimeout(r, 200));
      const monitor = monitorEventLoopDelay({ resolution: 5 });
      monitor.enable();
      const start = performance.now();
      const host = startCoreHost({ spawn: forkCore(coreEntry), dataDir: dir, appVersion: 'bench', dialogs });
      await host.ready;
      await ok(host, 'app.status', {});
      await ok(host, 'today.get', {});
      const firstScreen = performance.now() - start;
      await ok(host, 'search.query', { text: 'invoice', perKind: 6 });
      let brief = (await ok(host, 'briefs.get', { id: briefId })) as Brief;
      for (let n = 1; n <= 10; n++) brief = (await ok(host, 'briefs.update', { id: brief.id, fields: autosaveFields(brief, n) })) as Brief;
      monitor.disable();
      lastLaunchMs = performance.now() - start;
      await host.close();
      if (i >= 0) {
        launches.push(firstScreen);
        stalls.push(monitor.max / 1e6);
      }
    }
  }
  return {
    main_block_ms: median(stalls),
    main_block_worst_ms: Math.max(...stalls),
    main_block_idle_ms: median(idleStalls),
    first_screen_ms: median(launches),
    first_screen_floor_ms: median(floors),
    first_screen_ratio: median(launches) / median(floors),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { dir, file, coreEntry, runs } = JSON.parse(process.argv[2]!) as { dir: string; file: string; coreEntry: string; runs: number };
  process.stdout.write(`${JSON.stringify(await playMain(dir, file, coreEntry, runs))}\n`);
}
