// Resident memory of a child process holding the ten-year core, at rest: after opening and serving Today,
// and again after its first searches. The child runs the core bundled into one file, as the app's main process does (electron-vite
// bundles it), so the figure is not the TypeScript loader's. esbuild comes with tsx, which the project
// already uses to run scripts. The bundle is written inside the project so that anything the core loads
// on demand (createRequire) resolves from node_modules as it does in the app.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
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

export async function measureMemory(dataDir: string): Promise<MemoryFigures> {
  const cache = resolve(import.meta.dirname, '../../node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, 'steadyhand-rss-'));
  const dir = workingCopy(dataDir);
  try {
    const outfile = join(work, 'rssChild.mjs');
    await build({
      entryPoints: [resolve(import.meta.dirname, 'rssChild.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'error',
      external: ['electron'],
    });
    const child = spawnSync(process.execPath, ['--expose-gc', outfile, dir], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`The memory child failed: ${child.stderr}`);
    const { opened, searched, baseline } = JSON.parse(child.stdout.trim().split('\n').pop()!) as { opened: number; searched: number; baseline: number };
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
    rmSync(work, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}
