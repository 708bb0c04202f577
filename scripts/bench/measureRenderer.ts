// The renderer's figures: the gzip size of the JavaScript the first screen loads, how the briefs filter keeps up
// with ten years of briefs (keystroke → list updated, from Performance marks), and how a brief's autosave comes back
// to the Briefs list (time, bytes, long tasks while typing), in Debian's Chromium with the real core bridged in, as
// the end-to-end tests run it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './stats';

export const BENCH_OUT_DIR = 'out-bench';

export function buildRenderer(root: string): void {
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    env: { ...process.env, STEADYHAND_OUT_DIR: BENCH_OUT_DIR },
    stdio: 'ignore',
  });
}

/** The entry script of index.html and every module it preloads, gzipped (level 9) and summed. */
export function initialJsGzipKb(root: string): { kb: number; files: string[] } {
  const dir = resolve(root, BENCH_OUT_DIR, 'renderer');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => (m[1] ?? m[2])!);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f.replace(/^\//, ''))), { level: 9 }).byteLength, 0);
  return { kb: bytes / 1024, files };
}

export interface FilterFigures {
  filter_ms_big: number;
  filter_ms_small: number;
  filter_scaling_ratio: number;
}

/**
 * Runs filter.bench.ts under Playwright's runner (the end-to-end harness is written for it) against
 * the build in out-bench/, and reads back the keystroke → list-updated measures.
 */
export function measureFilter(root: string, bigDir: string, smallDir: string): FilterFigures {
  const out = join(mkdtempSync(join(tmpdir(), 'steadyhand-filter-')), 'filter.json');
  runBench(root, 'filter.bench.ts', { BENCH_BIG_DIR: bigDir, BENCH_SMALL_DIR: smallDir, BENCH_FILTER_OUT: out });
  const { big, small } = JSON.parse(readFileSync(out, 'utf8')) as { big: number[]; small: number[] };
  return { filter_ms_big: median(big), filter_ms_small: median(small), filter_scaling_ratio: median(big) / median(small) };
}

/** One `*.bench.ts` file under Playwright's runner, against the build in out-bench/. */
function runBench(root: string, file: string, env: Record<string, string>): void {
  execFileSync(process.execPath, [join(root, 'node_modules/@playwright/test/cli.js'), 'test', '-c', 'scripts/bench/playwright.config.ts', file], {
    cwd: root,
    env: { ...process.env, STEADYHAND_OUT_DIR: BENCH_OUT_DIR, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export interface EchoFigures {
  echo_ms_big: number;
  echo_ms_small: number;
  echo_scaling_ratio: number;
  /** Median over the ten-year autosaves of every byte one autosave sends through the bridge, in KB. */
  echo_kb: number;
  typing_long_tasks: number;
  typing_longest_task_ms: number;
}

/**
 * Runs echo.bench.ts: a brief's new title from its autosave request to the Briefs row showing it, at 12,000 briefs
 * and at 50 (ratio of medians); the bytes one autosave costs at ten years; long tasks while typing 100 characters.
 */
export function measureEcho(root: string, bigDir: string, smallDir: string): EchoFigures {
  const out = join(mkdtempSync(join(tmpdir(), 'steadyhand-echo-')), 'echo.json');
  runBench(root, 'echo.bench.ts', { BENCH_BIG_DIR: bigDir, BENCH_SMALL_DIR: smallDir, BENCH_ECHO_OUT: out });
  const { big, small, bytes, longTasks } = JSON.parse(readFileSync(out, 'utf8')) as { big: number[]; small: number[]; bytes: number[]; longTasks: number[] };
  return {
    echo_ms_big: median(big),
    echo_ms_small: median(small),
    echo_scaling_ratio: median(big) / median(small),
    echo_kb: median(bytes) / 1024,
    typing_long_tasks: longTasks.length,
    typing_longest_task_ms: Math.max(0, ...longTasks),
  };
}
