// Backup files in `<dataDir>/backups`: named by time and reason, written durably, pruned by the retention policy.
import { join } from 'node:path';
import type { BackupInfo, BackupReason } from '../../../shared/contract';
import type { FsPort } from '../fs/fsPort';
import { writeFileDurably } from '../storage/durableWrite';
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

  constructor(
    private readonly fs: FsPort,
    dataDir: string,
    private readonly now: () => Date,
  ) {
    this.dir = join(dataDir, 'backups');
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
