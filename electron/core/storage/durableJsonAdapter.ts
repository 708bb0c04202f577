// A lowdb adapter whose writes are durable (stock steno renames but never fsyncs), and which
// remembers the identity of the snapshot it last wrote, for the change journal's header.
import type { Adapter } from 'lowdb';
import type { FsPort } from '../fs/fsPort';
import { type PreparedWrite, prepareFileDurably } from './durableWrite';
import { identify, type SnapshotIdentity } from './snapshotDigest';

export class DurableJsonAdapter<T> implements Adapter<T> {
  /** The snapshot as last written (or read at open): what a new journal extends. */
  lastWritten: SnapshotIdentity | null = null;

  constructor(
    private readonly fs: FsPort,
    readonly path: string,
  ) {}

  /** Reading is done by `openDocument`, which must tell an unreadable file from a missing one. */
  async read(): Promise<T | null> {
    throw new Error('DurableJsonAdapter.read is not used: open data through openDocument().');
  }

  async write(data: T): Promise<void> {
    await (await this.prepare(data)).commit();
  }

  /** The snapshot written to a synced temp file; `commit` puts it in place (and records its identity). */
  async prepare(data: T): Promise<PreparedWrite> {
    const bytes = new TextEncoder().encode(serialiseDocument(data));
    const prepared = await prepareFileDurably(this.fs, this.path, bytes);
    return {
      commit: async () => {
        this.lastWritten = null;
        await prepared.commit();
        this.lastWritten = identify(bytes);
      },
      discard: prepared.discard,
    };
  }
}

/** Compact JSON: pretty-printing a large document costs as much again and nobody reads it by eye. */
export function serialiseDocument(data: unknown): string {
  return JSON.stringify(data);
}
