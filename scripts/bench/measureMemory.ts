// Resident memory of a child process holding the ten-year core. The child runs the core bundled into
// one file, as the app's main process does (electron-vite bundles it), so the figure is not the
// TypeScript loader's. esbuild comes with tsx, which the project already uses to run scripts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { DATA_FILE } from '../../electron/core/storage/openDocument';
import { workingCopy } from './measureCore';

export interface MemoryFigures {
  core_rss_mb: number;
  core_rss_before_open_mb: number;
  core_rss_ratio: number;
  core_rss_data_ratio: number;
}

export async function measureMemory(dataDir: string): Promise<MemoryFigures> {
  const work = mkdtempSync(join(tmpdir(), 'steadyhand-rss-'));
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
    const { rss, baseline } = JSON.parse(child.stdout.trim().split('\n').pop()!) as { rss: number; baseline: number };
    const size = statSync(join(dataDir, DATA_FILE)).size;
    return { core_rss_mb: rss / 1e6, core_rss_before_open_mb: baseline / 1e6, core_rss_ratio: rss / size, core_rss_data_ratio: (rss - baseline) / size };
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}
