// Opens the data: the lowdb snapshot (`steadyhand.json`) plus the change journal written since it.
// Never starts from empty over existing data: a damaged file is moved aside byte for byte and the
// newest good backup restored; a missing one offers a restore; a journal that cannot be applied is
// kept aside, never dropped. Every record is checked once, after the journal is replayed.
import { join } from 'node:path';
import type { Notice } from '../../../shared/contract';
import type { DataDocument } from '../../../shared/model/document';
import type { BackupStore } from '../backups/backupStore';
import type { FsPort } from '../fs/fsPort';
import { serialiseDocument } from './durableJsonAdapter';
import { writeFileDurably } from './durableWrite';
import { applyBatches, isContainedIn, JOURNAL_FILE, PREVIOUS_JOURNAL_FILE, type ReadJournal, readJournal } from './journal';
import { dropPreviousJournal, removeJournal, supersedeJournal } from './journalFiles';
import { needsMigration, NewerVersionError } from './migrations';
import { checkDocument, parseDocumentBytes, type ReadResult } from './readDocument';
import { changesKeptAside, missingData, moveAside, restoreNewestGoodBackup, stamp } from './recoverDocument';
import { identify } from './snapshotDigest';

export const DATA_FILE = 'steadyhand.json';

export interface OpenedDocument {
  doc: DataDocument;
  notices: Notice[];
  /** The data file's bytes when it holds exactly `doc` (the startup backup copies them); null if there is none. */
  snapshot: Uint8Array | null;
  /** False when `doc` holds changes the data file does not (a replayed journal): the next write must be a full one. */
  snapshotCurrent: boolean;
}

async function readIfThere(fs: FsPort, path: string): Promise<Uint8Array | null> {
  return (await fs.stat(path)) === null ? null : fs.readFile(path);
}

export async function openDocument(fs: FsPort, dataDir: string, backups: BackupStore, now: () => Date): Promise<OpenedDocument> {
  const path = join(dataDir, DATA_FILE);
  const bytes = await readIfThere(fs, path);
  await settlePreviousJournal(fs, dataDir, bytes, now);
  const journalBytes = await readIfThere(fs, join(dataDir, JOURNAL_FILE));
  const journal = journalBytes === null ? null : readJournal(journalBytes);
  const hasChanges = journal !== null && (journal.batches.length > 0 || journal.trailing === 'damaged');
  const keepJournalAside = async (label: string) => (hasChanges ? moveAside(fs, dataDir, JOURNAL_FILE, label, now()) : null);

  if (bytes === null) return missingData(backups, now(), await keepJournalAside('unapplied'));

  const parsed = parseDocumentBytes(bytes);
  if (parsed.ok && hasChanges) return openWithJournal(fs, dataDir, backups, now, bytes, parsed.raw, journal);

  return openSnapshotAlone(fs, dataDir, backups, now, bytes, parsed.ok ? checkDocument(parsed.raw) : parsed, () => keepJournalAside('damaged'));
}

/**
 * A full snapshot was cut short (see PREVIOUS_JOURNAL_FILE). If the data file is still the one the
 * previous journal extends, that journal is the live one again; otherwise the new data file holds
 * everything in it, and it goes.
 */
async function settlePreviousJournal(fs: FsPort, dataDir: string, snapshot: Uint8Array | null, now: () => Date): Promise<void> {
  const previousBytes = await readIfThere(fs, join(dataDir, PREVIOUS_JOURNAL_FILE));
  if (previousBytes === null) return;
  const previous = readJournal(previousBytes);
  const base = snapshot === null ? null : identify(snapshot);
  const live = base !== null && previous.header?.base === base.digest && previous.header.baseBytes === base.size;
  if (!live) return dropPreviousJournal(fs, dataDir);
  // A live journal is never left behind: should a current one exist too (it cannot, in the order saves run), it is kept aside.
  if ((await fs.stat(join(dataDir, JOURNAL_FILE))) !== null) await moveAside(fs, dataDir, JOURNAL_FILE, 'unapplied', now());
  await fs.rename(join(dataDir, PREVIOUS_JOURNAL_FILE), join(dataDir, JOURNAL_FILE));
  await fs.syncDir(dataDir);
}

/** The snapshot parsed and a journal with changes beside it: replay it if it belongs to this snapshot. */
async function openWithJournal(
  fs: FsPort,
  dataDir: string,
  backups: BackupStore,
  now: () => Date,
  bytes: Uint8Array,
  raw: Record<string, unknown>,
  journal: ReadJournal,
): Promise<OpenedDocument> {
  const path = join(dataDir, DATA_FILE);
  const notices: Notice[] = [];
  const base = identify(bytes);
  const belongs = journal.header !== null && journal.header.base === base.digest && journal.header.baseBytes === base.size;

  if (belongs) {
    applyBatches(raw, journal.batches);
    const migrating = safeNeedsMigration(raw);
    // The migration backup holds the data as it was, journal included, before anything is changed.
    const preMigration = migrating ? serialiseDocument(raw) : null;
    const result = checkDocument(raw);
    if (result.ok) {
      if (journal.trailing === 'damaged') {
        const keptAt = await moveAside(fs, dataDir, JOURNAL_FILE, 'damaged', now());
        notices.push(changesKeptAside(now(), keptAt, 'the end of the change journal was damaged (everything before the damage was applied)'));
      }
      if (preMigration === null) return { doc: result.doc, notices, snapshot: null, snapshotCurrent: false };
      await backups.write(preMigration, 'pre-migration');
      // The migrated data file folds the journal in: the same steps as any full snapshot.
      await supersedeJournal(fs, dataDir);
      const migrated = await writeMigrated(fs, path, result.doc, now);
      await dropPreviousJournal(fs, dataDir);
      return { ...migrated, notices: [...notices, ...migrated.notices] };
    }
    if (result.problem === 'newer-version') throw new NewerVersionError(result.fileVersion ?? Number.NaN);
    // The journal's records do not pass: open the snapshot alone and keep the journal for inspection.
    const keptAt = await moveAside(fs, dataDir, JOURNAL_FILE, 'invalid', now());
    notices.push(changesKeptAside(now(), keptAt, `they do not match what Steadyhand expects (${result.detail.replace(/\.$/, '')})`));
  } else if (isContainedIn(raw, journal.batches) && journal.trailing !== 'damaged') {
    // A journal left over beside a data file that already holds all it says (from an older version of
    // these steps): nothing to keep.
    await removeJournal(fs, dataDir);
  } else {
    const keptAt = await moveAside(fs, dataDir, JOURNAL_FILE, 'unapplied', now());
    notices.push(changesKeptAside(now(), keptAt, 'they were saved on top of a different copy of your data file'));
  }

  // Parsed again: the first parse may have had the journal applied to it.
  const alone = parseDocumentBytes(bytes);
  const opened = await openSnapshotAlone(fs, dataDir, backups, now, bytes, alone.ok ? checkDocument(alone.raw) : alone, async () => null);
  return { ...opened, notices: [...notices, ...opened.notices] };
}

async function openSnapshotAlone(
  fs: FsPort,
  dataDir: string,
  backups: BackupStore,
  now: () => Date,
  bytes: Uint8Array,
  result: ReadResult,
  keepJournalAside: () => Promise<string | null>,
): Promise<OpenedDocument> {
  const path = join(dataDir, DATA_FILE);
  if (result.ok) {
    if (result.fromVersion === result.doc.schemaVersion) return { doc: result.doc, notices: [], snapshot: bytes, snapshotCurrent: true };
    // Keep the pre-migration bytes exactly as they were, then write the migrated document.
    await backups.write(bytes, 'pre-migration');
    return writeMigrated(fs, path, result.doc, now);
  }
  if (result.problem === 'newer-version') throw new NewerVersionError(result.fileVersion ?? Number.NaN);
  const movedTo = await moveAside(fs, dataDir, DATA_FILE, 'damaged', now());
  return restoreNewestGoodBackup(fs, path, backups, now(), { detail: result.detail, movedTo, journalKeptAt: await keepJournalAside() });
}

function safeNeedsMigration(raw: Record<string, unknown>): boolean {
  try {
    return needsMigration(raw);
  } catch {
    return false; // a newer version: checkDocument reports it
  }
}

async function writeMigrated(fs: FsPort, path: string, doc: DataDocument, now: () => Date): Promise<OpenedDocument> {
  const bytes = new TextEncoder().encode(serialiseDocument(doc));
  await writeFileDurably(fs, path, bytes);
  const notice: Notice = {
    id: `migrated-${stamp(now())}`,
    kind: 'migrated',
    severity: 'info',
    title: 'Your data was updated for this version',
    message: 'A copy of it as it was is kept in Backups.',
  };
  return { doc, snapshot: bytes, snapshotCurrent: true, notices: [notice] };
}
