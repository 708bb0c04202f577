// The open data: one lowdb document in memory, changed only through `mutate`, which resolves once
// the change is durable. Owns the lock, the write queue, the snapshot and journal, and backups.
import type { Notice } from '../../../shared/contract';
import type { DataDocument } from '../../../shared/model/document';
import { BackupStore } from '../backups/backupStore';
import type { FsPort } from '../fs/fsPort';
import { ChangeSet, type CollectionKey, type Touch, type Touched } from './changeSet';
import { serialiseDocument } from './durableJsonAdapter';
import { acquireDataLock, type DataLock } from './lock';
import { locateRecords } from './recordIndex';
import { SnapshotAndJournal } from './snapshotAndJournal';
import { fingerprint, undeclaredChanges } from './touchCheck';
import { WriteQueue } from './writeQueue';

export type { CollectionKey, RecordRef, Touch, Touched } from './changeSet';

export const AUTO_BACKUP_INTERVAL_MS = 15 * 60_000;
/** Waits before saving again after a failed write, growing to the last one. */
const RETRY_DELAYS_MS = [1_000, 3_000, 10_000, 30_000];

export class StorageError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

export interface DatabaseOptions {
  fs: FsPort;
  dataDir: string;
  now?: () => Date;
  /** Tests: fail any `mutate` that changes a record it did not declare (see touchCheck.ts). */
  checkTouched?: boolean;
  /** Told when a write fails (with the error) and when saving works again (with null). */
  onWriteProblem?: (error: unknown) => void;
  /** Asked before each change (may refuse by throwing) and told what it touched once applied. */
  onChange?: { starting(): void; applied(changes: ChangeSet): void };
}

/**
 * Hashing the snapshot waits until opening is done: only the first save needs it. A function of its
 * own, so no closure made elsewhere keeps the bytes (tens of MB) alive once hashed.
 */
export class Database {
  readonly backups: BackupStore;
  readonly notices: Notice[];
  private readonly files: SnapshotAndJournal;
  private readonly queue: WriteQueue;
  /** Changes in memory not yet on disk; a failed write puts its changes back here. */
  private pending = new ChangeSet();
  private readonly background = new Set<Promise<unknown>>();
  private lastAutoBackup = 0;
  private durableWrites = 0;
  private failedWrites = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;

  private constructor(
    private readonly options: Required<Omit<DatabaseOptions, 'onWriteProblem' | 'onChange'>> & Pick<DatabaseOptions, 'onWriteProblem' | 'onChange'>,
    private readonly lock: DataLock,
    backups: BackupStore,
    files: SnapshotAndJournal,
    notices: Notice[],
  ) {
    this.backups = backups;
    this.notices = notices;
    this.files = files;
    this.queue = new WriteQueue(() => this.writeNow());
  }

  static async open(options: DatabaseOptions): Promise<Database> {
    const full = { now: () => new Date(), checkTouched: false, ...options };
    await full.fs.mkdir(full.dataDir);
    const lock = await acquireDataLock(full.fs, full.dataDir);
    try {
      const backups = new BackupStore(full.fs, full.dataDir, full.now);
      const { files, opened } = await SnapshotAndJournal.open(full.fs, full.dataDir, backups, full.now);
      const db = new Database(full, lock, backups, files, opened.notices);
      // A replayed journal is folded into a new snapshot straight away, then backed up.
      if (!opened.snapshotCurrent) db.inBackground(db.queue.request());
      if (opened.snapshot !== null || !opened.snapshotCurrent) db.inBackground(db.startupBackup(opened.snapshot));
      return db;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** The current document. Read it freely; change it only inside `mutate`. */
  get data(): DataDocument {
    return this.files.low.data;
  }

  /**
   * The record with this id, found without scanning the list (positions are remembered and checked),
   * or undefined. Trashed records are returned too: the caller decides what they mean.
   */
  byId<K extends CollectionKey>(collection: K, id: string): DataDocument[K][number] | undefined {
    const list = this.data[collection] as unknown as { id: string }[];
    const at = locateRecords(list, [id]).get(id);
    return at === undefined ? undefined : (list[at] as DataDocument[K][number]);
  }

  /** How many times something was written to the data files (journal batches and snapshots). */
  get writeCount(): number {
    return this.durableWrites;
  }

  /**
   * Applies a change and resolves once it is on disk. `change` must check everything it needs
   * before touching the document: a thrown error must leave the document as it was.
   *
   * Say what the change touches, so only those records are written: `{ touched: { briefs: [brief] } }`,
   * or `touch('briefs', brief)` inside the change (a record, or its id; created, edited or removed
   * alike). A change that says nothing is saved as a full snapshot: always correct, slower on large data.
   */
  async mutate<T>(change: (doc: DataDocument, touch: Touch) => T, options?: { touched?: Touched }): Promise<T> {
    if (this.closed) throw new StorageError('The data is closed.', null);
    this.options.onChange?.starting();
    const changes = new ChangeSet();
    const touch = changes.toucher();
    const before = this.options.checkTouched ? fingerprint(this.data) : null;
    const result = change(this.data, touch);
    if (options?.touched !== undefined) changes.addTouched(options.touched);
    else if (!touch.used) changes.everything = true;
    this.pending.merge(changes);
    this.options.onChange?.applied(changes);
    if (before !== null) {
      const undeclared = undeclaredChanges(before, fingerprint(this.data), changes);
      if (undeclared.length > 0) {
        this.pending.everything = true; // nothing is lost: it is saved in full, and the test fails loudly
        await this.persist();
        throw new Error(`mutate changed records it did not declare: ${undeclared.slice(0, 5).join(', ')}`);
      }
    }
    await this.persist();
    return result;
  }

  /** Swaps in a whole document (restore, import), durably. */
  async replace(doc: DataDocument): Promise<void> {
    this.options.onChange?.starting();
    this.files.low.data = doc;
    this.pending.everything = true;
    const everything = new ChangeSet();
    everything.everything = true;
    this.options.onChange?.applied(everything);
    await this.persist();
  }

  private async writeNow(): Promise<void> {
    const changes = this.pending;
    this.pending = new ChangeSet();
    try {
      if (await this.files.save(changes)) this.durableWrites++;
    } catch (error) {
      changes.merge(this.pending);
      this.pending = changes;
      throw error;
    }
    // A grown journal is folded into a new snapshot after this write, not before its acknowledgement.
    if (this.files.compactionReady && !this.closed) this.inBackground(this.queue.request());
  }

  private async persist(): Promise<void> {
    try {
      await this.queue.request();
    } catch (error) {
      this.writeFailed(error);
      throw new StorageError('Your change could not be saved to disk. It is kept in the app and will be saved again.', error);
    }
    this.writeWorked();
    this.autoBackupIfDue();
  }

  private writeFailed(error: unknown): void {
    this.failedWrites++;
    this.options.onWriteProblem?.(error);
    if (this.retryTimer !== null || this.closed) return;
    const delay = RETRY_DELAYS_MS[Math.min(this.failedWrites, RETRY_DELAYS_MS.length) - 1]!;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.closed || this.pending.isEmpty) return;
      this.queue.request().then(
        () => this.writeWorked(),
        (e: unknown) => this.writeFailed(e),
      );
    }, delay);
    this.retryTimer.unref?.();
  }

  private writeWorked(): void {
    if (this.failedWrites === 0) return;
    this.failedWrites = 0;
    this.options.onWriteProblem?.(null);
  }

  /** Copies the current document into a backup once it is durable. */
  async backupNow(reason: Parameters<BackupStore['write']>[1]) {
    await this.queue.idle();
    const info = await this.backups.write(serialiseDocument(this.data), reason);
    await this.backups.prune();
    return info;
  }

  private async startupBackup(snapshot: Uint8Array | null): Promise<void> {
    this.lastAutoBackup = this.options.now().getTime();
    // The bytes just read are the data exactly: copying them saves serialising it again.
    if (snapshot === null) await this.backupNow('auto');
    else {
      await this.backups.write(snapshot, 'auto');
      await this.backups.prune();
    }
  }

  private autoBackupIfDue(): void {
    const now = this.options.now().getTime();
    if (now - this.lastAutoBackup < AUTO_BACKUP_INTERVAL_MS) return;
    this.lastAutoBackup = now;
    this.inBackground(this.backupNow('auto'));
  }

  /** Work that no caller waits for (backups, compaction); `settled` and `close` wait for it. */
  private inBackground(work: Promise<unknown>): void {
    const tracked = work.catch(() => undefined).finally(() => this.background.delete(tracked));
    this.background.add(tracked);
  }

  /** Resolves once every write and background task started so far has finished. */
  async settled(): Promise<void> {
    for (;;) {
      await this.queue.idle();
      if (this.background.size === 0) return;
      await Promise.all([...this.background]);
    }
  }

  /**
   * Waits for pending writes, folds the journal into the snapshot and releases the lock. If a change
   * is still unsaved after a failed write, it is written once more; should that fail too, this
   * rejects with a StorageError (after releasing the lock) so the shell can tell the VA before quitting.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.settled();
    this.closed = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    try {
      if (!this.pending.isEmpty) {
        await this.queue.request().catch((error: unknown) => {
          throw new StorageError('Your latest changes could not be saved to disk before closing.', error);
        });
      }
      // Everything acknowledged is already safe in the journal; folding it in only tidies up.
      await this.files.closeCleanly().catch(() => undefined);
    } finally {
      await this.files.release();
      await this.lock.release();
    }
  }
}
