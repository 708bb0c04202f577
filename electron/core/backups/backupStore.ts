// Backup files in `<dataDir>/backups`: named by time and reason, written durably, pruned by the retention policy.
// Captured files (attachments) are backed up beside them in `backups/attachments/`, content-addressed like the
// live folder: each file is copied there once, the first time a backup is made after it was captured, and never
// again (its name is its hash, so an unchanged file is never copied twice). A backup's JSON is written after the
// files it names are in place, and purging an entry from the trash leaves the backed-up copy for older backups.
import { join } from 'node:path';
import type { BackupInfo, BackupReason } from '../../../shared/contract';
import type { FsPort } from '../fs/fsPort';
import { writeFileDurably } from '../storage/durableWrite';
import { AttachmentError, createAttachmentStore } from '../paperTrail/attachmentStore';
import { backupsToKeep, newestFirst } from './retention';

const REASONS: readonly BackupReason[] = ['auto', 'manual', 'pre-restore', 'pre-migration', 'pre-import', 'pre-recovery', 'at-close'];
const NAME = /^steadyhand-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d+))?-([a-z-]+)\.json$/;

export function backupFileName(createdAt: Date, reason: BackupReason, sequence = 0): string {
  const stamp = createdAt.toISOString().replace(/:/g, '-').replace('.', '-');
  return `steadyhand-${stamp}${sequence > 0 ? `-${sequence}` : ''}-${reason}.json`;
}

export function parseBackupFileName(name: string): { createdAt: string; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (m === null) return null;
  const reason = m[7] as BackupReason;
  if (!REASONS.includes(reason)) return null;
  return { createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, reason };
}

export class BackupStore {
  readonly dir: string;
  readonly liveAttachments;
  readonly attachments;
  /** Files known to be in the backup folder already, so later backups do not look at them again. */
  private readonly mirrored = new Set<string>();

  constructor(
    private readonly fs: FsPort,
    dataDir: string,
    private readonly now: () => Date,
  ) {
    this.dir = join(dataDir, 'backups');
    this.liveAttachments = createAttachmentStore(fs, dataDir);
    this.attachments = createAttachmentStore(fs, this.dir);
  }

  /**
   * Copies captured files not yet backed up into `backups/attachments/`. A damaged live file is skipped, not copied.
   * (The shard folders are listed by name: the fs port does not promise that a folder can be stat'ed.)
   */
  async backUpAttachments(): Promise<number> {
    let copied = 0;
    for (const { sha256 } of await this.liveAttachments.listAttachments()) {
      if (this.mirrored.has(sha256)) continue;
      if ((await this.fs.stat(this.attachments.pathOf(sha256))) === null) {
        try {
          await this.attachments.putAttachment(await this.liveAttachments.readAttachment(sha256));
          copied += 1;
        } catch (error) {
          if (!(error instanceof AttachmentError)) throw error;
          continue;
        }
      }
      this.mirrored.add(sha256);
    }
    return copied;
  }

  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.dir);
    } catch {
      return [];
    }
    const infos: BackupInfo[] = [];
    for (const name of names) {
      const parsed = parseBackupFileName(name);
      if (parsed === null) continue;
      const stat = await this.fs.stat(join(this.dir, name));
      if (stat !== null) infos.push({ name, ...parsed, sizeBytes: stat.size });
    }
    return infos.sort(newestFirst);
  }

  async write(bytes: Uint8Array | string, reason: BackupReason): Promise<BackupInfo> {
    await this.fs.mkdir(this.dir);
    // The files first, so a backup never names a file the backup folder does not have. A disk problem here must
    // not cost the VA the backup of their records, so it is not allowed to stop the JSON being written.
    await this.backUpAttachments().catch(() => undefined);
    const createdAt = this.now();
    // Backups of any reason made in the same millisecond get rising sequence numbers, so their order is known.
    const existing = await this.fs.readdir(this.dir);
    const stampOf = (n: string) => n.replace(/(?:-\d+)?-[a-z-]+\.json$/, '');
    const sameStamp = existing.filter((n) => stampOf(n) === stampOf(backupFileName(createdAt, reason)) && parseBackupFileName(n) !== null);
    const name = backupFileName(createdAt, reason, sameStamp.length);
    await writeFileDurably(this.fs, join(this.dir, name), bytes);
    const size = typeof bytes === 'string' ? new TextEncoder().encode(bytes).byteLength : bytes.byteLength;
    return { name, createdAt: createdAt.toISOString(), reason, sizeBytes: size };
  }

  async read(name: string): Promise<Uint8Array> {
    if (parseBackupFileName(name) === null) throw new Error(`Not a backup name: ${name}`);
    return this.fs.readFile(join(this.dir, name));
  }

  /** Deletes what the policy no longer keeps; returns the names removed. */
  async prune(): Promise<string[]> {
    const all = await this.list();
    const keep = backupsToKeep(all, this.now());
    const removed: string[] = [];
    for (const b of all) {
      if (keep.has(b.name)) continue;
      await this.fs.unlink(join(this.dir, b.name)).catch(() => undefined);
      removed.push(b.name);
    }
    return removed;
  }
}
