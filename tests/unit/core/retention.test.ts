// The backup retention policy, as a pure function: rule by rule, then over a simulated six weeks of work.
import { describe, expect, it } from 'vitest';
import type { BackupReason } from '../../../shared/contract';
import { type BackupStamp, backupsToKeep } from '../../../electron/core/backups/retention';

const stamp = (createdAt: string, reason: BackupReason = 'auto'): BackupStamp => ({ name: `${reason}@${createdAt}`, createdAt, reason });
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('backupsToKeep, rule by rule', () => {
  it('keeps the three newest, whatever their day', () => {
    const now = new Date('2026-03-10T12:00:00.000Z');
    const today = ['09:00', '09:15', '09:30', '09:45', '10:00'].map((t) => stamp(`2026-03-10T${t}:00.000Z`));
    const kept = backupsToKeep(today, now);
    expect([...kept].sort()).toEqual(['auto@2026-03-10T09:30:00.000Z', 'auto@2026-03-10T09:45:00.000Z', 'auto@2026-03-10T10:00:00.000Z']);
  });

  it('keeps the newest backup of each of the last 14 calendar days (UTC), today included, and none older', () => {
    const now = new Date('2026-03-20T23:59:30.000Z');
    const backups: BackupStamp[] = [];
    for (let d = 0; d < 20; d++) {
      const day = Date.parse('2026-03-20T00:00:00.000Z') - d * DAY;
      backups.push(stamp(iso(day + 9 * 3600_000)), stamp(iso(day + 23 * 3600_000 + 59 * 60_000)));
    }
    const kept = backupsToKeep(backups.reverse(), now);
    const expected = new Set<string>();
    // 14 days: 20 Mar back to 7 Mar, the 23:59 one of each.
    for (let d = 0; d < 14; d++) expected.add(`auto@${iso(Date.parse('2026-03-20T23:59:00.000Z') - d * DAY)}`);
    // The three newest overall are 20 Mar 23:59, 20 Mar 09:00 and 19 Mar 23:59.
    expected.add('auto@2026-03-20T09:00:00.000Z');
    expect([...kept].sort()).toEqual([...expected].sort());
    expect(kept.has('auto@2026-03-06T23:59:00.000Z')).toBe(false);
  });

  it('keeps safety backups for 30 days, and not a day more once there are three newer', () => {
    const now = new Date('2026-04-30T12:00:00.000Z');
    const safety = [1, 5, 10, 29, 31, 45].map((daysAgo) => stamp(iso(now.getTime() - daysAgo * DAY - 60_000), 'manual'));
    // Plenty of newer auto backups, so the recent and daily rules do not keep the safety ones.
    const autos = Array.from({ length: 20 * 4 }, (_, i) => stamp(iso(now.getTime() - i * 15 * 60_000)));
    const kept = backupsToKeep([...safety, ...autos], now);
    expect(safety.map((s) => kept.has(s.name))).toEqual([true, true, true, true, false, false]);
  });

  it('keeps at least the three newest safety backups, however old', () => {
    const now = new Date('2026-06-01T12:00:00.000Z');
    const reasons: BackupReason[] = ['pre-restore', 'pre-migration', 'pre-import', 'pre-recovery'];
    const safety = reasons.map((reason, i) => stamp(iso(now.getTime() - (60 + i * 10) * DAY), reason));
    const autos = Array.from({ length: 10 }, (_, i) => stamp(iso(now.getTime() - i * 60_000)));
    const kept = backupsToKeep([...autos, ...safety], now);
    expect(safety.map((s) => kept.has(s.name))).toEqual([true, true, true, false]);
  });

  it('does not count auto backups as safety backups', () => {
    const now = new Date('2026-06-01T12:00:00.000Z');
    const old = [40, 41, 42, 43].map((d) => stamp(iso(now.getTime() - d * DAY)));
    const recent = Array.from({ length: 5 }, (_, i) => stamp(iso(now.getTime() - i * 60_000)));
    const kept = backupsToKeep([...old, ...recent], now);
    expect(old.some((b) => kept.has(b.name))).toBe(false);
  });

  it('keeps everything when there is little', () => {
    expect(backupsToKeep([], new Date())).toEqual(new Set());
    const two = [stamp('2020-01-01T00:00:00.000Z'), stamp('2020-01-02T00:00:00.000Z')];
    expect(backupsToKeep(two, new Date('2026-01-01T00:00:00.000Z'))).toEqual(new Set(two.map((b) => b.name)));
  });
});

describe('six weeks of work, backing up every 15 minutes of working hours and pruning each time', () => {
  it('ends with exactly the set the policy describes', () => {
    const first = Date.parse('2026-01-05T00:00:00.000Z'); // a Monday
    const last = Date.parse('2026-02-18T00:00:00.000Z'); // a Wednesday, 44 days later
    let kept: BackupStamp[] = [];
    let now = new Date(first);
    const add = (b: BackupStamp) => {
      now = new Date(b.createdAt);
      kept.push(b);
      const keep = backupsToKeep(kept, now);
      kept = kept.filter((k) => keep.has(k.name));
    };
    for (let day = first; day <= last; day += DAY) {
      const weekday = new Date(day).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      for (let slot = 9 * 4; slot < 17 * 4; slot++) {
        const at = day + slot * 15 * 60_000;
        add(stamp(iso(at)));
        // Each Monday the VA makes a manual backup at noon, seven seconds after the auto one.
        if (weekday === 1 && slot === 12 * 4) add(stamp(iso(at + 7000), 'manual'));
      }
    }
    expect(now.toISOString()).toBe('2026-02-18T16:45:00.000Z');

    const expected = [
      // The three newest.
      'auto@2026-02-18T16:15:00.000Z',
      'auto@2026-02-18T16:30:00.000Z',
      // The newest of each working day among the last 14 calendar days (5–18 Feb).
      ...['02-05', '02-06', '02-09', '02-10', '02-11', '02-12', '02-13', '02-16', '02-17', '02-18'].map((d) => `auto@2026-${d}T16:45:00.000Z`),
      // Manual backups from the last 30 days (19 Jan at noon is just over 30 days before now).
      ...['01-26', '02-02', '02-09', '02-16'].map((d) => `manual@2026-${d}T12:00:07.000Z`),
    ];
    expect(kept.map((k) => k.name).sort()).toEqual(expected.sort());
  });
});

describe('backups made in the same millisecond', () => {
  it('sort the later one (higher sequence) first, so "newest" and "keep 3 newest" are right', async () => {
    const { newestFirst } = await import('../../../electron/core/backups/retention');
    const at = '2026-03-02T10:00:00.000Z';
    const names = [
      'steadyhand-2026-03-02T10-00-00-000Z-auto.json',
      'steadyhand-2026-03-02T10-00-00-000Z-1-manual.json',
      'steadyhand-2026-03-02T10-00-00-000Z-2-pre-restore.json',
    ];
    const sorted = names
      .map((name) => ({ name, createdAt: at }))
      .sort(newestFirst)
      .map((b) => b.name);
    expect(sorted).toEqual([names[2], names[1], names[0]]);
  });
});

describe('BackupStore.write in one millisecond', () => {
  it('numbers backups of different reasons in the order they were made', async () => {
    const { BackupStore } = await import('../../../electron/core/backups/backupStore');
    const { nodeFs } = await import('../../../electron/core/fs/fsPort');
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'steadyhand-backup-ms-'));
    const store = new BackupStore(nodeFs, dir, () => new Date('2026-03-02T10:00:00.000Z'));
    const first = await store.write('{"a":1}', 'manual');
    const second = await store.write('{"a":2}', 'auto');
    const third = await store.write('{"a":3}', 'pre-restore');
    expect((await store.list()).map((b) => b.name)).toEqual([third.name, second.name, first.name]);
  });
});

describe('the backup made at a clean close', () => {
  it('keeps the newest close backup however many backups came after it, and lets older ones follow the usual rules', () => {
    const now = new Date('2026-03-10T18:00:00.000Z');
    const closes = [stamp('2026-03-01T17:30:00.000Z', 'at-close'), stamp('2026-03-09T17:30:00.000Z', 'at-close')];
    // A long day of work since: plenty of newer auto backups, all on 10 March.
    const autos = Array.from({ length: 30 }, (_, i) => stamp(iso(Date.parse('2026-03-10T09:00:00.000Z') + i * 15 * 60_000)));
    const extra = stamp('2026-03-09T12:00:00.000Z', 'at-close');
    const kept = backupsToKeep([...closes, extra, ...autos], now);
    expect(kept.has('at-close@2026-03-09T17:30:00.000Z')).toBe(true);
    // 1 March is inside the 14 days and the only backup of its day: kept as that day's backup.
    expect(kept.has('at-close@2026-03-01T17:30:00.000Z')).toBe(true);
    // Midday 9 March is neither the newest close nor that day's newest backup.
    expect(kept.has(extra.name)).toBe(false);
  });

  it('keeps the last close backup even when it is older than the daily window', () => {
    const now = new Date('2026-06-01T12:00:00.000Z');
    const close = stamp('2026-04-01T17:00:00.000Z', 'at-close');
    const autos = Array.from({ length: 10 }, (_, i) => stamp(iso(now.getTime() - i * 60_000)));
    expect(backupsToKeep([close, ...autos], now).has(close.name)).toBe(true);
  });
});
