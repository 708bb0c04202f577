// The backup taken at a clean close, so a damaged file next time loses nothing of this session (the start-up
// backup only holds the session before). Skipped cheaply when nothing changed since the newest backup:
// no write this session at all, or the newest backup has the same size and SHA-256 as the data now.
import { createHash } from 'node:crypto';
import type { BackupInfo } from '../../../shared/contract';
import type { Database } from '../storage/database';
import { serialiseDocument } from '../storage/durableJsonAdapter';

export async function backupAtClose(db: Database): Promise<BackupInfo | null> {
  await db.settled();
  // Nothing was written since the data was opened: the start-up backup (or a newer one) already holds it.
  if (db.writeCount === 0) return null;
  const bytes = Buffer.from(serialiseDocument(db.data), 'utf8');
  const newest = (await db.backups.list())[0];
  if (newest !== undefined && newest.sizeBytes === bytes.byteLength) {
    const stored = await db.backups.read(newest.name).catch(() => null);
    if (stored !== null && digest(stored) === digest(bytes)) return null;
  }
  const info = await db.backups.write(bytes, 'at-close');
  await db.backups.prune();
  return info;
}

function digest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
