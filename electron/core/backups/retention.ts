// Which backups to keep: a pure policy, so it can be tested over a simulated month.
import type { BackupReason } from '../../../shared/contract';
import { compareCodeUnits } from '../../../shared/domain/order';

export interface BackupStamp {
  name: string;
  createdAt: string;
  reason: BackupReason;
}

export const retentionPolicy = {
  /** The newest backups of any kind. */
  recent: 3,
  /** One (the newest) per calendar day for this many days, today included. */
  dailyDays: 14,
  /** Backups taken before a restore, migration, import or recovery, and manual ones, are kept this long… */
  safetyDays: 30,
  /** …and the newest few of them are kept whatever their age. */
  safetyMinimum: 3,
  /**
   * The backup taken at the last clean close is kept whatever came after it: it holds the whole previous
   * session, which is what a VA wants back when today's file is damaged. Older close backups follow the rules above.
   */
  lastClose: 1,
} as const;

const SAFETY: ReadonlySet<BackupReason> = new Set(['manual', 'pre-restore', 'pre-migration', 'pre-import', 'pre-recovery']);
const DAY_MS = 86_400_000;

/** The sequence number a name carries when two backups share a millisecond (`…-123Z-2-auto.json`); 0 for none. */
function sequenceOf(name: string): number {
  const m = /Z-(\d+)-[a-z-]+\.json$/.exec(name);
  return m ? Number(m[1]) : 0;
}

/** Newest first: by time, then by the same-millisecond sequence (a later write has a higher one). */
export function newestFirst(a: Pick<BackupStamp, 'name' | 'createdAt'>, b: Pick<BackupStamp, 'name' | 'createdAt'>): number {
  return compareCodeUnits(b.createdAt, a.createdAt) || sequenceOf(b.name) - sequenceOf(a.name) || compareCodeUnits(b.name, a.name);
}

export function backupsToKeep(backups: readonly BackupStamp[], now: Date): Set<string> {
  const sorted = [...backups].sort(newestFirst);
  const keep = new Set<string>();
  for (const b of sorted.slice(0, retentionPolicy.recent)) keep.add(b.name);

  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const oldestDay = today - (retentionPolicy.dailyDays - 1) * DAY_MS;
  const seenDays = new Set<string>();
  for (const b of sorted) {
    const day = b.createdAt.slice(0, 10);
    if (Date.parse(`${day}T00:00:00Z`) < oldestDay || seenDays.has(day)) continue;
    seenDays.add(day);
    keep.add(b.name);
  }

  const safety = sorted.filter((b) => SAFETY.has(b.reason));
  for (const b of safety.slice(0, retentionPolicy.safetyMinimum)) keep.add(b.name);
  const safetyCutoff = now.getTime() - retentionPolicy.safetyDays * DAY_MS;
  for (const b of safety) if (Date.parse(b.createdAt) >= safetyCutoff) keep.add(b.name);
  for (const b of sorted.filter((s) => s.reason === 'at-close').slice(0, retentionPolicy.lastClose)) keep.add(b.name);
  return keep;
}
