// lowdb's adapter for the data file. `read` opens the data as it was last acknowledged: the snapshot plus
// the change journal written since it, recovered from backups when damaged (openDocument). `write` puts a
// whole snapshot in place durably (stock steno renames but never fsyncs): temp file, fsync, a hook for
// what must happen just before the swap (the journal is superseded there), rename, fsync of the folder.
// It remembers the identity of the snapshot it last wrote, for the next journal's header.
import type { Adapter } from 'lowdb';
import type { DataDocument } from '../../../shared/model/document';
import type { FsPort } from '../fs/fsPort';
import { prepareFileDurably } from './durableWrite';
import type { OpenedDocument } from './openDocument';
import { identify, type SnapshotIdentity } from './snapshotDigest';

export class DurableJsonAdapter implements Adapter<DataDocument> {
  /** What the last `read` found besides the document, until taken (it holds the data file's bytes). */
  private opened: OpenedDocument | null = null;
  /** The snapshot as last written (or read at open): what a new journal extends. */
  lastWritten: SnapshotIdentity | null = null;
  /** Runs once the new snapshot is synced under its temporary name and before it replaces the old one. */
  beforeReplace: () => Promise<void> = async () => undefined;

  constructor(
    private readonly fs: FsPort,
    readonly path: string,
    private readonly open: () => Promise<OpenedDocument>,
  ) {}

  async read(): Promise<DataDocument> {
    this.opened = await this.open();
    return this.opened.doc;
  }

  /** What the last `read` found: notices, the data file's bytes, whether a journal was replayed. Handed over once. */
  takeOpened(): OpenedDocument {
    const opened = this.opened;
    if (opened === null) throw new Error('The data has not been read yet.');
    this.opened = null;
    return opened;
  }

  /** Should anything fail before the rename, the data file on disk is the old one, untouched. */
  async write(data: DataDocument): Promise<void> {
    const bytes = new TextEncoder().encode(serialiseDocument(data));
    const prepared = await prepareFileDurably(this.fs, this.path, bytes);
    this.lastWritten = null;
    try {
      await this.beforeReplace();
      await prepared.commit();
    } catch (error) {
      await prepared.discard();
      throw error;
    }
    this.lastWritten = identify(bytes);
  }
}

/** Compact JSON: pretty-printing a large document costs as much again and nobody reads it by eye. */
export function serialiseDocument(data: unknown): string {
  return JSON.stringify(data);
}
