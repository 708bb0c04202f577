// The two data files and how a save reaches them. A save appends the changed records to the journal
// and fsyncs it: its cost follows the change, not the data. A full snapshot (lowdb's whole-file
// write, durable) is written when the change is unknown, when the journal has grown large
// (compaction), when a journal write failed, and at close. Order makes every step safe to cut: the new
// snapshot lands (temp, fsync, rename, fsync folder) before a fresh journal replaces the old one in
// one rename; an old journal left beside a newer snapshot is recognised by its header and dropped.
import { join } from 'node:path';
import { Low } from 'lowdb';
import { type DataDocument, emptyDocument } from '../../../shared/model/document';
import type { FsPort } from '../fs/fsPort';
import type { ChangeSet } from './changeSet';
import { DurableJsonAdapter } from './durableJsonAdapter';
import { encodeBatch, JOURNAL_FILE } from './journal';
import { dropPreviousJournal, removeJournal, supersedeJournal } from './journalFiles';
import { JournalWriter } from './journalWriter';
import { DATA_FILE, openDocument, type OpenedDocument } from './openDocument';
import { identify, type SnapshotIdentity } from './snapshotDigest';
import type { BackupStore } from '../backups/backupStore';

/** The journal is folded into a new snapshot once it is this large, or a quarter of the snapshot if that is more. */
export const COMPACT_AT_BYTES = 1 << 20;
/** After a compaction could not be written, saves go on in the journal for this long before another try. */
const COMPACTION_RETRY_MS = 30_000;

export class SnapshotAndJournal {
  readonly low: Low<DataDocument>;
  private readonly adapter: DurableJsonAdapter;
  private readonly journalPath: string;
  private readonly dir: string;
  private journal: JournalWriter | null = null;
  /** What the snapshot on disk is, once known; null while the next save must be a full snapshot. */
  private base: Promise<SnapshotIdentity> | null;
  /** Set when the journal has grown past the threshold, or opening replayed an old journal: the next save writes a snapshot. */
  compactionDue: boolean;

  private constructor(
    private readonly fs: FsPort,
    dataDir: string,
    adapter: DurableJsonAdapter,
    low: Low<DataDocument>,
    opened: OpenedDocument,
  ) {
    this.adapter = adapter;
    this.low = low;
    // A document from a snapshot plus a replayed journal must be folded into a new snapshot.
    this.compactionDue = !opened.snapshotCurrent;
    this.journalPath = join(dataDir, JOURNAL_FILE);
    this.dir = dataDir;
    // The identity of the snapshot on disk when it holds the document exactly; hashed off the opening path.
    const bytes = opened.snapshot;
    this.base = bytes === null ? null : new Promise((resolve) => setImmediate(() => resolve(identify(bytes))));
  }

  /**
   * lowdb's `read` through our adapter: the snapshot and its journal, checked, recovered if need be. Also returns
   * what opening found (notices, the data file's bytes for the startup backup), which is not kept here: the bytes
   * are as large as the file.
   */
  static async open(fs: FsPort, dataDir: string, backups: BackupStore, now: () => Date): Promise<{ files: SnapshotAndJournal; opened: OpenedDocument }> {
    const adapter = new DurableJsonAdapter(fs, join(dataDir, DATA_FILE), () => openDocument(fs, dataDir, backups, now));
    const low = new Low<DataDocument>(adapter, emptyDocument());
    await low.read();
    const opened = adapter.takeOpened();
    return { files: new SnapshotAndJournal(fs, dataDir, adapter, low, opened), opened };
  }

  private compactionRetryAt = 0;

  /** A compaction is due and not waiting after a failed attempt. */
  get compactionReady(): boolean {
    return this.compactionDue && Date.now() >= this.compactionRetryAt;
  }

  /** True when the snapshot alone does not hold everything acknowledged. */
  get journalHasChanges(): boolean {
    return this.journal?.hasChanges ?? false;
  }

  /** Makes `changes` durable. Resolves true when something was written. */
  async save(changes: ChangeSet): Promise<boolean> {
    if (changes.isEmpty && !this.compactionReady) return false;
    if (changes.everything || this.base === null || (this.journal !== null && !this.journal.usable)) {
      await this.writeSnapshot(true);
      return true;
    }
    if (this.compactionReady) {
      try {
        await this.writeSnapshot(true);
        return true;
      } catch (error) {
        // A compaction that could not be written (a nearly full disk, say) left the journal as it
        // was: the change still goes there, and the compaction is tried again a little later.
        this.compactionRetryAt = Date.now() + COMPACTION_RETRY_MS;
        if (this.base === null || this.journal === null || !this.journal.usable) throw error;
        if (changes.isEmpty) return false;
      }
    }
    const line = encodeBatch(changes, this.low.data as unknown as Record<string, unknown>);
    if (line === null) return false;
    this.journal ??= await JournalWriter.start(this.fs, this.journalPath, await this.base);
    await this.journal.append(line);
    if (this.journal.size > Math.max(COMPACT_AT_BYTES, ((await this.base).size / 4) | 0)) this.compactionDue = true;
    return true;
  }

  /** lowdb's whole-document write (durable, see DurableJsonAdapter), then a fresh journal on top of it. */
  async writeSnapshot(startJournal: boolean): Promise<void> {
    // The new snapshot is on disk (synced, under a temporary name) before the journal is touched: should
    // writing it fail, the journal goes on as it was.
    this.adapter.beforeReplace = async () => {
      this.base = null;
      const old = this.journal;
      this.journal = null;
      await old?.close().catch(() => undefined);
      await supersedeJournal(this.fs, this.dir);
    };
    await this.low.write();
    const written = this.adapter.lastWritten!;
    this.base = Promise.resolve(written);
    this.compactionDue = false;
    // Everything is in the snapshot now; a failure from here only means the next save starts the journal.
    if (startJournal) this.journal = await JournalWriter.start(this.fs, this.journalPath, written).catch(() => null);
    await dropPreviousJournal(this.fs, this.dir).catch(() => undefined);
  }

  /** At close: fold the journal into the snapshot and remove it, so the folder holds plain lowdb data. */
  async closeCleanly(): Promise<void> {
    if (this.journalHasChanges || this.compactionDue) await this.writeSnapshot(false);
    await this.release();
    await removeJournal(this.fs, this.dir);
  }

  /** Lets go of the journal's file handle (after a failed close too). */
  async release(): Promise<void> {
    const journal = this.journal;
    this.journal = null;
    await journal?.close().catch(() => undefined);
  }
}
