// Opening the data file in every bad state: never start from empty over data, never overwrite a damaged file.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../shared/contract';
import { SCHEMA_VERSION } from '../../../shared/model/document';
import { backupFileName } from '../../../electron/core/backups/backupStore';
import { NewerVersionError } from '../../../electron/core/storage/migrations';
import { call, clientInput, fakeClock, type FakeClock, listDir, openTestCore, sha256, storedDocument, tempDir } from './helpers';

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

const badFiles: [string, Uint8Array | string][] = [
  ['empty', new Uint8Array()],
  ['NUL-filled', new Uint8Array(4096)],
  ['truncated JSON', '{"schemaVersion":1,"clients":[{"id":"c1","name":"Ad'],
  ['null', 'null'],
  ['a list', '[]'],
  ['a bare string', '"steadyhand"'],
  ['valid JSON failing the schema', JSON.stringify({ schemaVersion: 1, clients: [{ id: 'c1', name: 42 }], briefs: [], paperTrail: [] })],
];

/** A folder that has data and backups: an auto backup holding Ada, and a newer manual one holding Ada and Grace. */
async function folderWithBackups(clock: FakeClock) {
  const t = await openTestCore({ now: clock.now });
  await call(t.core, 'clients.create', { fields: clientInput('Ada') });
  clock.advance(60_000);
  await call(t.core, 'clients.create', { fields: clientInput('Grace') });
  const manual = await call(t.core, 'backups.create', {});
  await t.core.close();
  clock.advance(60 * 60_000);
  return { ...t, manual };
}

async function notices(t: { core: Parameters<typeof call>[0] }): Promise<Notice[]> {
  return (await call(t.core, 'app.status', {})).notices;
}

describe('a damaged data file and no backup', () => {
  it.each(badFiles)('%s: moved aside untouched, reported, and nothing written over it', async (_label, bytes) => {
    const dataDir = await tempDir();
    const dataFile = join(dataDir, 'steadyhand.json');
    writeFileSync(dataFile, bytes);

    const t = await openTestCore({ dataDir });
    const [notice, ...others] = await notices(t);
    expect(others).toEqual([]);
    expect(notice).toMatchObject({ kind: 'unreadable-no-backup', severity: 'error' });
    expect(notice!.message).toMatch(/kept, untouched/);
    expect(notice!.movedTo).toBeDefined();
    expect(sha256(notice!.movedTo!)).toBe(sha(bytes));
    expect(existsSync(dataFile)).toBe(false);
    expect((await call(t.core, 'app.status', {})).counts).toMatchObject({ clients: 0, briefs: 0, paperTrail: 0 });

    // Carrying on with empty data writes a new file and still leaves the damaged one alone.
    await call(t.core, 'clients.create', { fields: clientInput('Fresh start') });
    expect(sha256(notice!.movedTo!)).toBe(sha(bytes));
  });

  it('never overwrites an earlier damaged file, even when the clock shows the same moment', async () => {
    const clock = fakeClock();
    const dataDir = await tempDir();
    const dataFile = join(dataDir, 'steadyhand.json');
    writeFileSync(dataFile, 'first damage');
    const first = await openTestCore({ dataDir, now: clock.now });
    const firstMoved = (await notices(first))[0]!.movedTo!;
    await first.core.close();

    writeFileSync(dataFile, 'second damage');
    const second = await openTestCore({ dataDir, now: clock.now });
    const secondMoved = (await notices(second))[0]!.movedTo!;
    expect(secondMoved).not.toBe(firstMoved);
    expect(readFileSync(firstMoved, 'utf8')).toBe('first damage');
    expect(readFileSync(secondMoved, 'utf8')).toBe('second damage');
  });
});

describe('a damaged data file with backups', () => {
  it.each(badFiles)('%s: moved aside byte-identical and the newest good backup restored', async (_label, bytes) => {
    const clock = fakeClock();
    const { dataDir, dataFile, manual } = await folderWithBackups(clock);
    writeFileSync(dataFile, bytes);

    const t = await openTestCore({ dataDir, now: clock.now });
    const [notice] = await notices(t);
    expect(notice).toMatchObject({ kind: 'recovered-from-backup', severity: 'warning', backupName: manual.name });
    expect(notice!.movedTo).toMatch(/steadyhand\.json\.damaged-/);
    expect(sha256(notice!.movedTo!)).toBe(sha(bytes));
    expect((await call(t.core, 'clients.list', {})).map((c) => c.name)).toEqual(['Ada', 'Grace']);
    // The restored data is on disk, not only in memory.
    expect(storedDocument(dataFile).clients.map((c) => c.name)).toEqual(['Ada', 'Grace']);
  });

  it('skips a newer backup that is itself damaged and restores the newest one that reads', async () => {
    const clock = fakeClock();
    const { dataDir, dataFile, backupsDir, manual } = await folderWithBackups(clock);
    const brokenName = backupFileName(clock.now(), 'auto');
    writeFileSync(join(backupsDir, brokenName), '{"schemaVersion":1,"clie');
    writeFileSync(dataFile, 'garbage');
    clock.advance(60_000);

    const t = await openTestCore({ dataDir, now: clock.now });
    const [notice] = await notices(t);
    expect(notice).toMatchObject({ kind: 'recovered-from-backup', backupName: manual.name });
    expect((await call(t.core, 'clients.list', {})).map((c) => c.name)).toEqual(['Ada', 'Grace']);
  });
});

describe('a data file from a newer version of Steadyhand', () => {
  const FUTURE = SCHEMA_VERSION + 5;

  it('is refused with NewerVersionError and left byte for byte as it was', async () => {
    const dataDir = await tempDir();
    const dataFile = join(dataDir, 'steadyhand.json');
    writeFileSync(dataFile, JSON.stringify({ schemaVersion: FUTURE, clients: [], briefs: [], paperTrail: [], futureThing: { x: 1 } }));
    const before = sha256(dataFile);

    const opening = openTestCore({ dataDir });
    await expect(opening).rejects.toBeInstanceOf(NewerVersionError);
    await expect(opening).rejects.toThrow(new RegExp(`newer version of Steadyhand \\(data version ${FUTURE};.*Your data has not been changed`));
    expect(sha256(dataFile)).toBe(before);
    expect(await listDir(dataDir)).toEqual(['steadyhand.json']);
  });
});

describe('a missing data file', () => {
  it('with backups present: says so, offers the newest, writes no data file, and keeps a safety copy of that backup', async () => {
    const clock = fakeClock();
    const { dataDir, dataFile, backupsDir, manual } = await folderWithBackups(clock);
    unlinkSync(dataFile);
    const backupsBefore = await listDir(backupsDir);
    const hashesBefore = backupsBefore.map((n) => sha256(join(backupsDir, n)));

    const t = await openTestCore({ dataDir, now: clock.now });
    const [notice] = await notices(t);
    expect(notice).toMatchObject({ kind: 'missing-data-with-backups', severity: 'warning', backupName: manual.name });
    expect((await call(t.core, 'app.status', {})).counts.clients).toBe(0);
    expect(existsSync(dataFile)).toBe(false);
    // Every earlier backup is untouched; one more, a copy of the newest, is kept as made before a recovery (30 days),
    // so backups of the empty data cannot push the last good one out of retention.
    const after = await listDir(backupsDir);
    expect(after.filter((n) => backupsBefore.includes(n))).toEqual(backupsBefore);
    expect(backupsBefore.map((n) => sha256(join(backupsDir, n)))).toEqual(hashesBefore);
    const added = after.filter((n) => !backupsBefore.includes(n));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/-pre-recovery\.json$/);
    expect(sha256(join(backupsDir, added[0]!))).toBe(sha256(join(backupsDir, manual.name)));
  });

  it('with no backups: a first start, with no notice and no file until the first change', async () => {
    const t = await openTestCore();
    expect(await notices(t)).toEqual([]);
    expect(existsSync(t.dataFile)).toBe(false);
    await call(t.core, 'clients.create', { fields: clientInput('First client') });
    expect(storedDocument(t.dataFile).clients).toHaveLength(1);
  });
});

describe('a good data file', () => {
  it('opens as it is, with no notice and without rewriting it', async () => {
    const clock = fakeClock();
    const { dataDir, dataFile } = await folderWithBackups(clock);
    const before = sha256(dataFile);
    const t = await openTestCore({ dataDir, now: clock.now });
    expect(await notices(t)).toEqual([]);
    expect(t.core.db.writeCount).toBe(0);
    expect(sha256(dataFile)).toBe(before);
  });
});
