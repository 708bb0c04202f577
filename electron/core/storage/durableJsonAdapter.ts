// A lowdb adapter whose writes are durable (stock steno renames but never fsyncs).
import type { Adapter } from 'lowdb';
import type { FsPort } from '../fs/fsPort';
import { writeFileDurably } from './durableWrite';

export class DurableJsonAdapter<T> implements Adapter<T> {
  constructor(
    private readonly fs: FsPort,
    readonly path: string,
  ) {}

  /** Reading is done by `openDocument`, which must tell an unreadable file from a missing one. */
  async read(): Promise<T | null> {
    throw new Error('DurableJsonAdapter.read is not used: open data through openDocument().');
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.fs, this.path, serialiseDocument(data));
  }
}

/** Compact JSON: pretty-printing a large document costs as much again and nobody reads it by eye. */
export function serialiseDocument(data: unknown): string {
  return JSON.stringify(data);
}
