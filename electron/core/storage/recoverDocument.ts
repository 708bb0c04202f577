// When the data cannot be opened as it is: files are moved aside byte for byte (a rename), never
// overwritten or deleted, the newest good backup is restored, and the VA is told in plain words: times in the
// computer's local time (as the Backups screen shows them), the technical reason in `detail`, behind "Details".
import { join } from 'node:path';
import type { Notice } from '../../../shared/contract';
import { formatDateTime } from '../../../shared/domain/dateDisplay';
import { emptyDocument } from '../../../shared/model/document';
import type { BackupStore } from '../backups/backupStore';
import type { FsPort } from '../fs/fsPort';
import { serialiseDocument } from './durableJsonAdapter';
import { writeFileDurably } from './durableWrite';
import { readDocumentBytes } from './readDocument';
import type { OpenedDocument } from './openDocument';

export function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function describeBackupTime(iso: string): string {
  return formatDateTime(iso);
}

/** Renames `path` to `<path>.<label>-<time>` (never over an earlier one) and makes the rename durable. */
export async function moveAside(fs: FsPort, dir: string, name: string, label: string, now: Date): Promise<string> {
  // A rename replaces whatever is at the target, so never reuse the name of an earlier file.
  let movedTo = join(dir, `${name}.${label}-${stamp(now)}`);
  for (let n = 2; (await fs.stat(movedTo)) !== null; n++) movedTo = join(dir, `${name}.${label}-${stamp(now)}-${n}`);
  await fs.rename(join(dir, name), movedTo);
  await fs.syncDir(dir);
  return movedTo;
}

export async function missingData(backups: BackupStore, now: Date, journalKeptAt: string | null): Promise<OpenedDocument> {
  const available = await backups.list();
  const notices: Notice[] = [];
  if (available.length > 0) {
    const newest = available[0]!;
    // Backups of the empty data made from now on must not push the last good one out of retention:
    // a copy marked as made before a recovery is kept for a month.
    if (newest.reason !== 'pre-recovery') await backups.write(await backups.read(newest.name), 'pre-recovery');
    notices.push({
      id: `missing-${stamp(now)}`,
      kind: 'missing-data-with-backups',
      severity: 'warning',
      title: 'Your data file is missing',
      message: `Steadyhand could not find its data file, but it has backups. The newest is from ${describeBackupTime(newest.createdAt)}. Restore it with one click, or carry on with empty data if you meant to start afresh.`,
      backupName: newest.name,
    });
  }
  if (journalKeptAt !== null) notices.push(changesKeptAside(now, journalKeptAt, 'its data file is missing'));
  return { doc: emptyDocument(), notices, snapshot: null, snapshotCurrent: true };
}

/** The newest backup that reads, written back as the data file; or empty data when none reads. */
export async function restoreNewestGoodBackup(
  fs: FsPort,
  path: string,
  backups: BackupStore,
  now: Date,
  damage: { detail: string; movedTo: string; journalKeptAt: string | null },
): Promise<OpenedDocument> {
  const journalNote = damage.journalKeptAt === null ? '' : ' The latest changes saved after it were kept beside it too.';
  const detail = `${damage.detail}${damage.journalKeptAt === null ? '' : ` Latest changes kept at: ${damage.journalKeptAt}`}`;
  for (const backup of await backups.list()) {
    const restored = readDocumentBytes(await backups.read(backup.name));
    if (!restored.ok) continue;
    const bytes = new TextEncoder().encode(serialiseDocument(restored.doc));
    await writeFileDurably(fs, path, bytes);
    return {
      doc: restored.doc,
      snapshot: bytes,
      snapshotCurrent: true,
      notices: [
        {
          id: `recovered-${stamp(now)}`,
          kind: 'recovered-from-backup',
          severity: 'warning',
          title: 'Your data was restored from a backup',
          message: `Steadyhand could not read its data file because it is damaged, so it put back your newest good backup, from ${describeBackupTime(backup.createdAt)}. Changes made after that backup may be missing. Nothing was deleted: the damaged file was kept.${journalNote}`,
          movedTo: damage.movedTo,
          detail,
          backupName: backup.name,
        },
      ],
    };
  }
  return {
    doc: emptyDocument(),
    snapshot: null,
    snapshotCurrent: true,
    notices: [
      {
        id: `unreadable-${stamp(now)}`,
        kind: 'unreadable-no-backup',
        severity: 'error',
        title: 'Your data file could not be read',
        message: `Steadyhand could not read its data file because it is damaged, and found no backup to put back. The file was kept, untouched, so nothing is lost: it may be repairable. You are starting with empty data for now.${journalNote}`,
        movedTo: damage.movedTo,
        detail,
      },
    ],
  };
}

/** The journal could not be replayed onto the data file (it belongs to another one, or it is damaged). */
export function changesKeptAside(now: Date, keptAt: string, why: string): Notice {
  return {
    id: `journal-${stamp(now)}`,
    kind: 'recovered-from-backup',
    severity: 'warning',
    title: 'Some recent changes were kept aside',
    message:
      'Steadyhand found recent changes it could not apply. Your data opened as it was last saved in full. The changes were kept, untouched, in case they are needed.',
    movedTo: keptAt,
    detail: `Why: ${why}.`,
  };
}
