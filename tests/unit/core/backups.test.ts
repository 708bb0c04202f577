// The backups service: create, list, restore (itself undoable), and export / import round trips.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/createCore';
import {
  briefInput,
  call,
  callError,
  clientInput,
  fakeClock,
  listDir,
  openTestCore,
  readJson,
  scriptedDialogs,
  sha256,
  START_ANYWAY,
  storedDocument,
  storedHash,
  tempDir,
  trailInput,
} from './helpers';

const names = async (core: Core) => (await call(core, 'clients.list', {})).map((c) => c.name);

/** A client with a brief that has moved on (snapshots) and a paper-trail entry: every kind of record. */
async function seedRich(core: Core, name: string) {
  const client = await call(core, 'clients.create', { fields: clientInput(name) });
  const brief = await call(core, 'briefs.create', { clientId: client.id, fields: briefInput(`${name}’s brief`, { deadline: '2026-03-20' }) });
  await call(core, 'briefs.setStatus', { id: brief.id, status: 'in-progress', overrideReason: START_ANYWAY });
  await call(core, 'paperTrail.add', { clientId: client.id, briefId: brief.id, fields: trailInput(`${name} asked for it`) });
  return client;
}

describe('backups', () => {
  it('creates a manual backup holding the current data, and lists it', async () => {
    const clock = fakeClock();
    const { core, backupsDir } = await openTestCore({ now: clock.now });
    await seedRich(core, 'Ada');
    clock.advance(60_000);
    const backup = await call(core, 'backups.create', {});
    expect(backup).toMatchObject({ reason: 'manual', createdAt: clock.now().toISOString() });

    const listed = await call(core, 'backups.list', {});
    expect(listed[0]).toEqual(backup);
    expect(listed.map((b) => b.reason)).toContain('auto');
    expect(readJson(join(backupsDir, backup.name))).toEqual(structuredClone(core.db.data));
  });

  it('restores a backup after taking a safety backup, and restoring that safety backup undoes it exactly', async () => {
    const clock = fakeClock();
    const { core, dataFile, reopen } = await openTestCore({ now: clock.now });
    await seedRich(core, 'Ada');
    const older = await call(core, 'backups.create', {});
    clock.advance(60_000);
    await seedRich(core, 'Grace');
    clock.advance(60_000);
    // With the change journal, what is stored is the data file plus the journal replayed.
    const beforeRestore = storedHash(dataFile);

    const restored = await call(core, 'backups.restore', { name: older.name });
    expect(restored.safetyBackup.reason).toBe('pre-restore');
    expect(restored.counts).toMatchObject({ clients: 1, briefs: 1, paperTrail: 1 });
    expect(await names(core)).toEqual(['Ada']);
    expect(storedDocument(dataFile).clients.map((c) => c.name)).toEqual(['Ada']);

    clock.advance(60_000);
    await call(core, 'backups.restore', { name: restored.safetyBackup.name });
    // A restore writes the data file in full: byte for byte what was stored before.
    expect(sha256(dataFile)).toBe(beforeRestore);
    expect(await names(core)).toEqual(['Ada', 'Grace']);
    expect(await names((await reopen()).core)).toEqual(['Ada', 'Grace']);
  });

  it('refuses an unknown or unreadable backup and leaves the data as it was', async () => {
    const { core, dataFile, backupsDir } = await openTestCore();
    await seedRich(core, 'Ada');
    const before = storedHash(dataFile);
    expect(await callError(core, 'backups.restore', { name: 'steadyhand-2020-01-01T00-00-00-000Z-manual.json' })).toMatchObject({ code: 'not_found' });
    expect(await callError(core, 'backups.restore', { name: '../steadyhand.json' })).toMatchObject({ code: 'invalid_input' });

    const broken = 'steadyhand-2026-01-01T00-00-00-000Z-manual.json';
    writeFileSync(join(backupsDir, broken), '{"schemaVersion":1,');
    await core.db.settled(); // the automatic backup of the first save runs in the background
    const backupsBefore = await listDir(backupsDir);
    const error = await callError(core, 'backups.restore', { name: broken });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/Your current data is unchanged/);
    expect(storedHash(dataFile)).toBe(before);
    expect(await listDir(backupsDir)).toEqual(backupsBefore);
  });
});

describe('export and import', () => {
  async function exported() {
    const dialogs = scriptedDialogs();
    const source = await openTestCore({ dialogs });
    const ada = await seedRich(source.core, 'Ada');
    const grace = await seedRich(source.core, 'Grace');
    const file = join(await tempDir(), 'Steadyhand export.json');
    dialogs.savePaths.push(file);
    const result = await call(source.core, 'backups.exportAll', {});
    expect(result).toMatchObject({ fileName: 'Steadyhand export.json', counts: { clients: 2, briefs: 2, paperTrail: 2 } });
    return { source, dialogs, file, ada, grace };
  }

  it('does nothing when the VA cancels the save or open dialog', async () => {
    const dialogs = scriptedDialogs();
    const { core, dataDir } = await openTestCore({ dialogs });
    dialogs.savePaths.push(null);
    dialogs.openPaths.push(null);
    expect(await call(core, 'backups.exportAll', {})).toBeNull();
    expect(await call(core, 'backups.previewImport', {})).toBeNull();
    expect(await listDir(dataDir)).toEqual(['steadyhand.lock']);
  });

  it('round-trips everything into an empty data folder (replace), after a pre-import backup', async () => {
    const { source, file } = await exported();
    expect(readJson(file)).toMatchObject({ format: 'steadyhand-export', appVersion: '0.0.0-test' });

    const dialogs = scriptedDialogs();
    const target = await openTestCore({ dialogs });
    await call(target.core, 'clients.create', { fields: clientInput('Replaced away') });
    dialogs.openPaths.push(file);
    const preview = await call(target.core, 'backups.previewImport', {});
    expect(preview).toMatchObject({ fileName: 'Steadyhand export.json', counts: { clients: 2, briefs: 2, paperTrail: 2 } });
    expect(preview!.exportedAt).not.toBeNull();

    const applied = await call(target.core, 'backups.applyImport', { token: preview!.token, mode: 'replace' });
    expect(applied.safetyBackup.reason).toBe('pre-import');
    expect(readJson(join(target.backupsDir, applied.safetyBackup.name))).toMatchObject({ clients: [{ name: 'Replaced away' }] });
    expect(storedDocument(target.dataFile)).toEqual(structuredClone(source.core.db.data));
    expect(await callError(target.core, 'backups.applyImport', { token: preview!.token, mode: 'replace' })).toMatchObject({ code: 'not_found' });
  });

  it('merges: adds what is missing and never overwrites a local record', async () => {
    const { source, dialogs, file, ada, grace } = await exported();
    const core = source.core;
    await call(core, 'clients.update', { id: ada.id, fields: clientInput('Ada, edited here') });
    const { batchId } = await call(core, 'clients.trash', { id: grace.id });
    await call(core, 'trash.purge', { batchId });
    await call(core, 'clients.create', { fields: clientInput('Zed, only here') });

    dialogs.openPaths.push(file);
    const preview = await call(core, 'backups.previewImport', {});
    const applied = await call(core, 'backups.applyImport', { token: preview!.token, mode: 'merge' });
    expect(applied.counts).toMatchObject({ clients: 3, briefs: 2, paperTrail: 2 });
    expect(await names(core)).toEqual(['Ada, edited here', 'Grace', 'Zed, only here']);
    expect(
      storedDocument(source.dataFile)
        .clients.map((c) => c.name)
        .sort(),
    ).toEqual(['Ada, edited here', 'Grace', 'Zed, only here']);
  });

  it.each([
    ['not JSON', 'this is not json'],
    ['an export whose data fails the schema', JSON.stringify({ format: 'steadyhand-export', data: { schemaVersion: 1, clients: [{ id: 1 }] } })],
    ['an export from a newer version', JSON.stringify({ format: 'steadyhand-export', data: { schemaVersion: 99, clients: [] } })],
    ['a JSON list', '[]'],
  ])('refuses %s with invalid_input and changes nothing', async (_label, content) => {
    const dialogs = scriptedDialogs();
    const { core, dataFile, backupsDir } = await openTestCore({ dialogs });
    await seedRich(core, 'Ada');
    await core.db.settled(); // the automatic backup of the first save runs in the background
    const before = storedHash(dataFile);
    const backupsBefore = await listDir(backupsDir);
    const file = join(await tempDir(), 'bad.json');
    writeFileSync(file, content);
    dialogs.openPaths.push(file);

    const error = await callError(core, 'backups.previewImport', {});
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/Nothing was changed/);
    expect(storedHash(dataFile)).toBe(before);
    expect(await listDir(backupsDir)).toEqual(backupsBefore);
  });

  it('refuses a file that cannot be opened, and an import token it never issued', async () => {
    const dialogs = scriptedDialogs();
    const { core, dataDir } = await openTestCore({ dialogs });
    dialogs.openPaths.push(join(dataDir, 'no-such-file.json'));
    expect(await callError(core, 'backups.previewImport', {})).toMatchObject({ code: 'invalid_input' });
    expect(await callError(core, 'backups.applyImport', { token: 'made-up', mode: 'merge' })).toMatchObject({ code: 'not_found' });
    expect(existsSync(join(dataDir, 'steadyhand.json'))).toBe(false);
  });
});

describe('mergeDocuments', () => {
  it('merges every collection by id, never overwriting a local record, and keeps one summary per incident', async () => {
    const { mergeDocuments } = await import('../../../electron/core/backups/handlers');
    const { emptyDocument } = await import('../../../shared/model/document');
    const local = emptyDocument() as unknown as Record<string, unknown[]>;
    const incoming = emptyDocument() as unknown as Record<string, unknown[]>;
    local.clients = [{ id: 'a', name: 'Local A' }];
    incoming.clients = [
      { id: 'a', name: 'Incoming A' },
      { id: 'b', name: 'Incoming B' },
    ];
    local.incidents = [];
    incoming.incidents = [{ id: 'i1' }];
    local.incidentSummaries = [{ incidentId: 'i1', edits: 'local' }];
    incoming.incidentSummaries = [
      { incidentId: 'i1', edits: 'incoming' },
      { incidentId: 'i2', edits: 'new' },
    ];
    const merged = mergeDocuments(local as never, incoming as never) as unknown as Record<string, unknown[]>;
    expect(merged.clients).toEqual([
      { id: 'a', name: 'Local A' },
      { id: 'b', name: 'Incoming B' },
    ]);
    expect(merged.incidents).toEqual([{ id: 'i1' }]);
    expect(merged.incidentSummaries).toEqual([
      { incidentId: 'i1', edits: 'local' },
      { incidentId: 'i2', edits: 'new' },
    ]);
  });
});

describe('the backup at a clean close', () => {
  const closeBackups = async (dir: string) => (await listDir(dir)).filter((n) => n.endsWith('-at-close.json'));

  it('is taken when the session changed something, and holds the data as it was at closing', async () => {
    const clock = fakeClock();
    const t = await openTestCore({ now: clock.now });
    await seedRich(t.core, 'Ada');
    clock.advance(60_000);
    const expected = structuredClone(t.core.db.data);
    await t.core.close();
    const [name] = await closeBackups(t.backupsDir);
    expect(name).toBeDefined();
    expect(readJson(join(t.backupsDir, name!))).toEqual(expected);
  });

  it('is skipped when nothing was written, or when the newest backup already holds the same data', async () => {
    const clock = fakeClock();
    const t = await openTestCore({ now: clock.now });
    await seedRich(t.core, 'Ada');
    clock.advance(60_000);
    await t.core.close();
    // Opened and closed again with no change: no write at all this session.
    clock.advance(60_000);
    const again = await openTestCore({ dataDir: t.dataDir, now: clock.now });
    await again.core.db.settled();
    const before = await listDir(t.backupsDir);
    await again.core.close();
    expect(await listDir(t.backupsDir)).toEqual(before);
    // A change, then a manual backup: the close finds the same bytes in the newest backup and skips.
    clock.advance(60_000);
    const third = await openTestCore({ dataDir: t.dataDir, now: clock.now });
    await call(third.core, 'clients.create', { fields: clientInput('Grace') });
    clock.advance(60_000);
    await call(third.core, 'backups.create', {});
    const withManual = await listDir(t.backupsDir);
    clock.advance(60_000);
    await third.core.close();
    expect(await listDir(t.backupsDir)).toEqual(withManual);
  });

  it('means a damaged file next time is restored with the whole previous session', async () => {
    const clock = fakeClock();
    const first = await openTestCore({ now: clock.now });
    await call(first.core, 'clients.create', { fields: clientInput('Ada') });
    clock.advance(60_000);
    const second = await first.reopen({ now: clock.now });
    // Within 15 minutes of opening, so no automatic backup holds Grace.
    clock.advance(60_000);
    await call(second.core, 'clients.create', { fields: clientInput('Grace') });
    clock.advance(60_000);
    await second.core.close();
    writeFileSync(second.dataFile, '{"schemaVersion": 1, "clients": [ {"na');
    clock.advance(60_000);
    const third = await openTestCore({ dataDir: second.dataDir, now: clock.now });
    expect(await names(third.core)).toEqual(['Ada', 'Grace']);
  });
});
