// Writes a whole file so that, after a crash or power cut, it holds either the old bytes or the new ones.
import { dirname, basename, join } from 'node:path';
import type { FsPort } from '../fs/fsPort';

let tempCounter = 0;

/** temp file → write → fsync → close → rename over the target → fsync the directory. */
export async function writeFileDurably(fs: FsPort, path: string, data: Uint8Array | string): Promise<void> {
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
    await fs.rename(temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await fs.syncDir(dir);
}
