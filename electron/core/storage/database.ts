// The open data: one lowdb document in memory, changed only through `mutate`, which resolves
// once the change is durable. Owns the lock, the write queue and automatic backups.
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Notice } from '../../../shared/contract';
import type { DataDocument } from '../../../shared/model/document';
import { BackupStore } from '../backups/backupStore';
import type { FsPort } from '../fs/fsPort';
import { DurableJsonAdapter, serialiseDocument } from './durableJsonAdapter';
import { acquireDataLock, type DataLock } from './lock';
import { DATA_FILE, openDocument } from './openDocument';
import { WriteQueue } from './writeQueue';

export const AUTO_BACKUP_INTERVAL_MS = 15 * 60_000;

export class StorageError extends Error {
  constructor(message: string, override readonly cause: unknown) {
    super(message);
    this.name = 'StorageError';
  }
}

export interface DatabaseOptions {
  fs: FsPort;
  dataDir: string;
  now?: () => Date;
}

export class Database {
  readonly backups: BackupStore;
  readonly notices: Notice[];
  private readonly low: Low<DataDocument>;
  private readonly queue: WriteQueue;
  private lastAutoBackup = 0;
  private closed = false;
  /** A change is in memory that the last write failed to save (see `persist`). */
  private unsaved = false;

  private constructor(
    private readonly options: Required<DatabaseOptions>,
    private readonly lock: DataLock,
    backups: BackupStore,
    opened: Awaited<ReturnType<typeof openDocument>>,
  ) {
    this.backups = backups;
    this.notices = opened.notices;
    this.low = new Low(new DurableJsonAdapter<DataDocument>(options.fs, join(options.dataDir, DATA_FILE)), opened.doc);
    this.low.data = opened.doc;
    this.queue = new WriteQueue(() => this.low.write());
  }

  static async open(options: DatabaseOptions): Promise<Database> {
    const full = { now: () => new Date(), ...options };
    await full.fs.mkdir(full.dataDir);
    const lock = await acquireDataLock(full.fs, full.dataDir);
    try {
      const backups = new BackupStore(full.fs, full.dataDir, full.now);
      const opened = await openDocument(full.fs, full.dataDir, backups, full.now);
      const db = new Database(full, lock, backups, opened);
      if (opened.onDisk) await db.autoBackup(true);
      return db;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** The current document. Read it freely; change it only inside `mutate`. */
  get data(): DataDocument {
    return this.low.data;
  }

  get writeCount(): number {
    return this.queue.writes;
  }

  /**
   * Applies a change and resolves once it is on disk. `change` must check everything it needs
   * before touching the document: a thrown error must leave the document as it was.
   */
  async mutate<T>(change: (doc: DataDocument) => T): Promise<T> {
    if (this.closed) throw new StorageError('The data is closed.', null);
    const result = change(this.low.data);
    await this.persist();
    return result;
  }

  /** Swaps in a whole document (restore, import), durably. */
  async replace(doc: DataDocument): Promise<void> {
    this.low.data = doc;
    await this.persist();
  }

  private async persist(): Promise<void> {
    try {
      await this.queue.request();
      this.unsaved = false;
    } catch (error) {
      // The change stays in memory; the next write (or the one `close` makes) carries it to disk.
      this.unsaved = true;
      throw new StorageError('Your change could not be saved to disk. It is kept in the app and will be saved again.', error);
    }
    await this.autoBackup(false).catch(() => undefined);
  }

  /** Copies the current document into a backup once it is durable. */
  async backupNow(reason: Parameters<BackupStore['write']>[1]) {
    await this.queue.idle();
    const info = await this.backups.write(serialiseDocument(this.low.data), reason);
    await this.backups.prune();
    return info;
  }

  private async autoBackup(force: boolean): Promise<void> {
    const now = this.options.now().getTime();
    if (!force && now - this.lastAutoBackup < AUTO_BACKUP_INTERVAL_MS) return;
    this.lastAutoBackup = now;
    await this.backupNow('auto');
  }

  /**
   * Waits for pending writes and releases the lock. If a change is still unsaved after a failed
   * write, it is written once more; should that fail too, this rejects with a StorageError
   * (after releasing the lock) so the shell can tell the VA before quitting.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.queue.idle();
    this.closed = true;
    try {
      if (this.unsaved) {
        await this.queue.request().catch((error: unknown) => {
          throw new StorageError('Your latest changes could not be saved to disk before closing.', error);
        });
        this.unsaved = false;
      }
    } finally {
      await this.lock.release();
    }
  }
}
