// The file-system port: the only way the storage layer reaches the disk, so tests can simulate
// power cuts, full disks and read-only folders without touching the real storage code.
import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';

export interface WritableFile {
  write(data: Uint8Array): Promise<void>;
  /** fsync: the bytes written so far survive a power cut once this resolves. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileInfo {
  size: number;
  mtimeMs: number;
}

export interface FsPort {
  readFile(path: string): Promise<Uint8Array>;
  /** Opens for writing; `exclusive` fails with code EEXIST when the file exists. */
  openForWrite(path: string, options?: { exclusive?: boolean }): Promise<WritableFile>;
  /** Opens an existing file to add bytes at its end (the change journal); fails with ENOENT if it is not there. */
  openForAppend(path: string): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  /** null when nothing is there. */
  stat(path: string): Promise<FileInfo | null>;
  /** fsync of a directory, so a rename or a new file in it survives a power cut. */
  syncDir(path: string): Promise<void>;
}

export function isNodeError(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

function writable(handle: fsp.FileHandle): WritableFile {
  return {
    async write(data) {
      let offset = 0;
      while (offset < data.byteLength) {
        const { bytesWritten } = await handle.write(data, offset, data.byteLength - offset);
        offset += bytesWritten;
      }
    },
    sync: () => handle.sync(),
    close: () => handle.close(),
  };
}

export const nodeFs: FsPort = {
  async readFile(path) {
    // One read of the whole file: fs.promises.readFile reads a large file in small chunks, several
    // times slower for the tens of megabytes of a ten-year data file.
    const handle = await fsp.open(path, 'r');
    try {
      const size = (await handle.stat()).size;
      const buffer = Buffer.allocUnsafe(size);
      let offset = 0;
      while (offset < size) {
        const { bytesRead } = await handle.read(buffer, offset, size - offset, offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
      }
      return offset < size ? buffer.subarray(0, offset) : buffer;
    } finally {
      await handle.close();
    }
  },
  async openForWrite(path, options) {
    const handle = await fsp.open(path, options?.exclusive ? constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL : 'w');
    return writable(handle);
  },
  async openForAppend(path) {
    return writable(await fsp.open(path, constants.O_WRONLY | constants.O_APPEND));
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  async mkdir(path) {
    await fsp.mkdir(path, { recursive: true });
  },
  readdir: (path) => fsp.readdir(path),
  async stat(path) {
    try {
      const s = await fsp.stat(path);
      return { size: s.size, mtimeMs: s.mtimeMs };
    } catch (error) {
      if (isNodeError(error, 'ENOENT')) return null;
      throw error;
    }
  },
  async syncDir(path) {
    // Windows cannot open a directory for fsync; NTFS journals the rename itself.
    if (process.platform === 'win32') return;
    const handle = await fsp.open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};
