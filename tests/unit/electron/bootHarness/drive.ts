// The test's side of the boot harness: builds the app when out/ is missing or older than the sources, starts
// out/main/index.js in a plain Node child with the `electron` stand-in, and reads what it recorded.
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, IPC_READY_TO_CLOSE_CHANNEL } from '../../../../shared/bridge';
import { defaultClientFields } from '../../../../shared/model/client';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../../..');
export const OUT_DIR = resolve(PROJECT_ROOT, process.env.STEADYHAND_OUT_DIR ?? 'out');
export const MAIN_BUNDLE = join(OUT_DIR, 'main/index.js');
const BUILT = [MAIN_BUNDLE, join(OUT_DIR, 'preload/index.cjs'), join(OUT_DIR, 'renderer/index.html')];
const SOURCES = ['electron', 'shared', 'renderer', 'electron.vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/**
 * Builds with electron-vite when the bundles are missing or older than any source file (about 5 s). Test files run
 * in parallel: a lock folder makes one build at a time, so no test forks out/main/core.js while it is being rewritten.
 */
export function ensureBuilt(): { built: boolean } {
  const lock = join(PROJECT_ROOT, 'node_modules/.cache/steadyhand-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  const until = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than any build is left over from a killed run.
      if (Date.now() > until || Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 180_000)
        rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    return buildIfStale();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function buildIfStale(): { built: boolean } {
  const sources = Math.max(...SOURCES.map((s) => newestMtime(join(PROJECT_ROOT, s))));
  const fresh = BUILT.every((file) => existsSync(file) && statSync(file).mtimeMs >= sources);
  if (fresh) return { built: false };
  const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (run.status !== 0) throw new Error(`electron-vite build failed:\n${run.stdout}\n${run.stderr}`);
  return { built: true };
}

export interface Recorded {
  seq: number;
  at: number;
  name: string;
  [detail: string]: unknown;
}

export interface Boot {
  child: ChildProcess;
  records(): Recorded[];
  waitFor(name: string, timeoutMs?: number): Promise<Recorded>;
  command<T = unknown>(cmd: string, args?: Record<string, unknown>): Promise<T>;
  exited: Promise<number | null>;
}

export function startBoot(options: { dataDir: string; userData: string; recordFile: string; page?: 'saves-then-answers' | 'silent' }): Boot {
  const child = fork(join(import.meta.dirname, 'boot.mjs'), [MAIN_BUNDLE, `--data-dir=${options.dataDir}`], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: {
      ...process.env,
      ELECTRON_RENDERER_URL: '',
      STEADYHAND_DATA_DIR: '',
      STEADYHAND_BOOT_MAIN: MAIN_BUNDLE,
      STEADYHAND_BOOT_RECORD: options.recordFile,
      STEADYHAND_BOOT_USERDATA: options.userData,
      STEADYHAND_BOOT_PAGE: options.page ?? 'saves-then-answers',
      // What the stand-in page saves while quitting: a whole valid client, as the form would send it.
      STEADYHAND_BOOT_CLIENT: JSON.stringify({ ...defaultClientFields(), name: 'Saved while quitting' }),
      STEADYHAND_BOOT_CHANNELS: JSON.stringify({ invoke: IPC_INVOKE_CHANNEL, event: IPC_EVENT_CHANNEL, readyToClose: IPC_READY_TO_CLOSE_CHANNEL }),
    },
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const records = (): Recorded[] =>
    existsSync(options.recordFile)
      ? readFileSync(options.recordFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Recorded)
      : [];
  let nextId = 0;
  const pending = new Map<number, (value: unknown) => void>();
  child.on('message', (m: { id: number; value: unknown }) => pending.get(m.id)?.(m.value));
  return {
    child,
    records,
    exited,
    async waitFor(name, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = records().find((r) => r.name === name);
        if (found) return found;
        if (Date.now() > until || child.exitCode !== null) {
          throw new Error(
            `"${name}" was not recorded. Recorded: ${records()
              .map((r) => r.name)
              .join(', ')}\nOutput:\n${output}`,
          );
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    command<T>(cmd: string, args: Record<string, unknown> = {}) {
      const id = ++nextId;
      return new Promise<T>((resolveReply) => {
        pending.set(id, (v) => resolveReply(v as T));
        child.send({ id, cmd, ...args });
      });
    },
  };
}
