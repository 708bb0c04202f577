// The journal's files around a full snapshot (see PREVIOUS_JOURNAL_FILE in journal.ts): each step
// is a rename or an unlink made durable with an fsync of the folder, so a cut anywhere is understood.
import { join } from 'node:path';
import type { FsPort } from '../fs/fsPort';
import { JOURNAL_FILE, PREVIOUS_JOURNAL_FILE } from './journal';

/** Before a new snapshot: the live journal becomes the previous one (a live previous one is never replaced). */
export async function supersedeJournal(fs: FsPort, dir: string): Promise<void> {
  if ((await fs.stat(join(dir, JOURNAL_FILE))) === null) return;
  await fs.rename(join(dir, JOURNAL_FILE), join(dir, PREVIOUS_JOURNAL_FILE));
  await fs.syncDir(dir);
}

/** Once the new snapshot is in place, the previous journal is superseded. */
export async function dropPreviousJournal(fs: FsPort, dir: string): Promise<void> {
  if ((await fs.stat(join(dir, PREVIOUS_JOURNAL_FILE))) === null) return;
  await fs.unlink(join(dir, PREVIOUS_JOURNAL_FILE));
  await fs.syncDir(dir);
}

/** At close, with everything in the snapshot: no journal is left in the folder. */
export async function removeJournal(fs: FsPort, dir: string): Promise<void> {
  if ((await fs.stat(join(dir, JOURNAL_FILE))) === null) return;
  await fs.unlink(join(dir, JOURNAL_FILE));
  await fs.syncDir(dir);
}
