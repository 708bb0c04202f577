// Opens the data file without ever starting from empty over existing data: a damaged file is
// moved aside byte for byte and the newest good backup restored; a missing one offers a restore.
import { join } from 'node:path';
import type { Notice } from '../../../shared/contract';
import { type DataDocument, emptyDocument } from '../../../shared/model/document';
import type { BackupStore } from '../backups/backupStore';
import type { FsPort } from '../fs/fsPort';
import { serialiseDocument } from './durableJsonAdapter';
import { writeFileDurably } from './durableWrite';
import { NewerVersionError } from './migrations';
import { readDocumentBytes } from './readDocument';

export const DATA_FILE = 'steadyhand.json';

export interface OpenedDocument {
  doc: DataDocument;
  /** True when the file on disk already holds exactly `doc`. */
  onDisk: boolean;
  notices: Notice[];
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function describeBackupTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }) + ' UTC';
}

export async function openDocument(fs: FsPort, dataDir: string, backups: BackupStore, now: () => Date): Promise<OpenedDocument> {
  const path = join(dataDir, DATA_FILE);
  let bytes: Uint8Array | null = null;
  if ((await fs.stat(path)) !== null) bytes = await fs.readFile(path);

  if (bytes === null) {
    const available = await backups.list();
    if (available.length === 0) return { doc: emptyDocument(), onDisk: false, notices: [] };
    const newest = available[0]!;
    return {
      doc: emptyDocument(),
      onDisk: false,
      notices: [
        {
          id: `missing-${stamp(now())}`,
          kind: 'missing-data-with-backups',
          severity: 'warning',
          title: 'Your data file is missing',
          message: `Steadyhand could not find its data file, but it has backups. The newest is from ${describeBackupTime(newest.createdAt)}. Restore it from Backups, or carry on with empty data if you meant to start afresh.`,
          backupName: newest.name,
        },
      ],
    };
  }

  const result = readDocumentBytes(bytes);
  if (result.ok) {
    if (result.fromVersion === result.doc.schemaVersion) return { doc: result.doc, onDisk: true, notices: [] };
    // Keep the pre-migration bytes exactly as they were, then write the migrated document.
    await backups.write(bytes, 'pre-migration');
    await writeFileDurably(fs, path, serialiseDocument(result.doc));
    return {
      doc: result.doc,
      onDisk: true,
      notices: [
        {
          id: `migrated-${stamp(now())}`,
          kind: 'migrated',
          severity: 'info',
          title: 'Your data was updated for this version',
          message: 'A copy of it as it was is kept in Backups.',
        },
      ],
    };
  }
  if (result.problem === 'newer-version') throw new NewerVersionError(result.fileVersion ?? Number.NaN);

  // Damaged: move it aside (a rename keeps every byte), then look for the newest backup that reads.
  // A rename replaces whatever is at the target, so never reuse the name of an earlier damaged file.
  let movedTo = join(dataDir, `${DATA_FILE}.damaged-${stamp(now())}`);
  for (let n = 2; (await fs.stat(movedTo)) !== null; n++) movedTo = join(dataDir, `${DATA_FILE}.damaged-${stamp(now())}-${n}`);
  await fs.rename(path, movedTo);
  await fs.syncDir(dataDir);
  for (const backup of await backups.list()) {
    const restored = readDocumentBytes(await backups.read(backup.name));
    if (!restored.ok) continue;
    await writeFileDurably(fs, path, serialiseDocument(restored.doc));
    return {
      doc: restored.doc,
      onDisk: true,
      notices: [
        {
          id: `recovered-${stamp(now())}`,
          kind: 'recovered-from-backup',
          severity: 'warning',
          title: 'Your data was restored from a backup',
          message: `Steadyhand could not read its data file (${result.detail.replace(/\.$/, '')}), so it restored your newest good backup, from ${describeBackupTime(backup.createdAt)}. Changes made after that backup may be missing. Nothing was deleted: the unreadable file was kept.`,
          movedTo,
          backupName: backup.name,
        },
      ],
    };
  }
  return {
    doc: emptyDocument(),
    onDisk: false,
    notices: [
      {
        id: `unreadable-${stamp(now())}`,
        kind: 'unreadable-no-backup',
        severity: 'error',
        title: 'Your data file could not be read',
        message: `Steadyhand could not read its data file (${result.detail.replace(/\.$/, '')}) and found no backup to restore. The file was kept, untouched, so nothing is lost: it may be repairable. You are starting with empty data for now.`,
        movedTo,
      },
    ],
  };
}
