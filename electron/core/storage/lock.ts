// A lock file in the data directory: one writer per data directory, whatever its userData path.
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { type FsPort, isNodeError } from '../fs/fsPort';

export const LOCK_FILE = 'steadyhand.lock';

export class DataLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: { pid: number; hostname: string; startedAt: string } | null,
  ) {
    super('Steadyhand is already open with this data folder, in another window or program. ' + 'Close the other one first, so no change is lost.');
    this.name = 'DataLockedError';
  }
}

interface LockContent {
  pid: number;
  hostname: string;
  startedAt: string;
  /** When this machine last started (ms). After a power cut or restart a lock is stale whatever its pid, which another program may have by now. */
  bootedAt?: number;
}

/** Rounded to ten seconds: the clock and the uptime drift a little against each other. */
function machineBootedAt(): number {
  return Math.round((Date.now() - uptime() * 1000) / 10_000) * 10_000;
}

function bootedBefore(holder: LockContent, current: LockContent): boolean {
  return holder.bootedAt !== undefined && current.bootedAt !== undefined && Math.abs(holder.bootedAt - current.bootedAt) > 60_000;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means it exists but belongs to someone else.
    return isNodeError(error, 'EPERM');
  }
}

export interface DataLock {
  release(): Promise<void>;
}

export async function acquireDataLock(fs: FsPort, dataDir: string): Promise<DataLock> {
  const lockPath = join(dataDir, LOCK_FILE);
  const content: LockContent = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString(), bootedAt: machineBootedAt() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await fs.openForWrite(lockPath, { exclusive: true });
      await file.write(new TextEncoder().encode(JSON.stringify(content)));
      await file.sync();
      await file.close();
      await fs.syncDir(dataDir);
      return {
        release: async () => {
          await fs.unlink(lockPath).catch(() => undefined);
        },
      };
    } catch (error) {
      if (!isNodeError(error, 'EEXIST')) throw error;
      const holder = await readFilledLock(fs, lockPath);
      // A lock left by a crashed process on this machine is stale; one from another machine
      // (a shared folder) or a live process is not. A lock still empty after the grace period was
      // left by a process killed between creating it and writing its pid.
      const stale = holder === null || (holder.hostname === content.hostname && (!processIsAlive(holder.pid) || bootedBefore(holder, content)));
      if (!stale || attempt > 0) throw new DataLockedError(lockPath, holder);
      await fs.unlink(lockPath).catch(() => undefined);
    }
  }
  throw new DataLockedError(lockPath, null);
}

/** How long a just-created lock may stay empty: its creator writes its pid a moment after creating it. */
const UNFILLED_LOCK_GRACE_MS = 2_000;

/** The lock's holder; an empty lock is watched until it is filled in or has stayed empty for the grace period (then null). */
async function readFilledLock(fs: FsPort, lockPath: string): Promise<LockContent | null> {
  for (;;) {
    const holder = await readLock(fs, lockPath);
    if (holder !== null) return holder;
    const info = await fs.stat(lockPath);
    if (info === null || Date.now() - info.mtimeMs > UNFILLED_LOCK_GRACE_MS) return null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function readLock(fs: FsPort, lockPath: string): Promise<LockContent | null> {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(await fs.readFile(lockPath))) as Partial<LockContent>;
    if (typeof parsed.pid === 'number' && typeof parsed.hostname === 'string') {
      return {
        pid: parsed.pid,
        hostname: parsed.hostname,
        startedAt: String(parsed.startedAt ?? ''),
        ...(typeof parsed.bootedAt === 'number' ? { bootedAt: parsed.bootedAt } : {}),
      };
    }
    return null;
  } catch {
    return null;
  }
}
