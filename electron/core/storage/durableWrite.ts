// Writes a whole file so that, after a crash or power cut, it holds either the old bytes or the new ones.
import { dirname, basename, join } from 'node:path';
import type { FsPort } from '../fs/fsPort';

let tempCounter = 0;

export interface PreparedWrite {
  /** Renames the synced temp file over the target and fsyncs the folder: the new bytes are in place. */
  commit(): Promise<void>;
  /** Removes the temp file instead. */
  discard(): Promise<void>;
}

/**
 * The first half of a durable write: temp file → write → fsync → close. Nothing of the target has
 * changed yet, so a caller can do other durable steps before `commit` (see snapshotAndJournal.ts).
 */
export async function prepareFileDurably(fs: FsPort, path: string, data: Uint8Array | string): Promise<PreparedWrite> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${++tempCounter}.tmp`);
  const file = await fs.openForWrite(temp);
  try {
    await file.write(bytes);
    await file.sync();
  } catch (error) {
    await file.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  try {
    // A failed close can mean the bytes never reached the disk (NFS reports write errors there).
    await file.close();
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  const discard = () => fs.unlink(temp).catch(() => undefined);
  return {
    async commit() {
      try {
        await fs.rename(temp, path);
      } catch (error) {
        await discard();
        throw error;
      }
      await fs.syncDir(dir);
    },
    discard,
  };
}

/** temp file → write → fsync → close → rename over the target → fsync the directory. */
export async function writeFileDurably(fs: FsPort, path: string, data: Uint8Array | string): Promise<void> {
  await (await prepareFileDurably(fs, path, data)).commit();
}
