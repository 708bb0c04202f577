// A lock file in the data directory: one writer per data directory, whatever its userData path.
import { hostname } from 'node:os';
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
  const content: LockContent = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
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
      const holder = await readLock(fs, lockPath);
      // A lock left by a crashed process on this machine is stale; one from another machine
      // (a shared folder) or a live process is not. An empty lock is stale only once it is old:
      // a young one belongs to a process that has created it and is about to write its pid.
      const stale =
        holder === null ? await isOlderThan(fs, lockPath, UNFILLED_LOCK_GRACE_MS) : holder.hostname === content.hostname && !processIsAlive(holder.pid);
      if (!stale || attempt > 0) throw new DataLockedError(lockPath, holder);
      await fs.unlink(lockPath).catch(() => undefined);
    }
  }
  throw new DataLockedError(lockPath, null);
}

const UNFILLED_LOCK_GRACE_MS = 10_000;

async function isOlderThan(fs: FsPort, path: string, ms: number): Promise<boolean> {
  const info = await fs.stat(path);
  return info === null || Date.now() - info.mtimeMs > ms;
}

async function readLock(fs: FsPort, lockPath: string): Promise<LockContent | null> {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(await fs.readFile(lockPath))) as Partial<LockContent>;
    if (typeof parsed.pid === 'number' && typeof parsed.hostname === 'string') {
      return { pid: parsed.pid, hostname: parsed.hostname, startedAt: String(parsed.startedAt ?? '') };
    }
    return null;
  } catch {
    return null;
  }
}
