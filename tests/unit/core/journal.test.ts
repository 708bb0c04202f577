// The change journal beside the snapshot: saves append only what changed; opening replays it; a
// journal cut short, damaged or belonging to another snapshot never costs an acknowledged change.
import { appendFileSync, cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../shared/contract';
import { call, callError, clientInput, listDir, openTestCore, recordingFs, sha256, storedDocument, tempDir, type TestCore } from './helpers';

/** The disk as a crash would leave it: the files copied while the core still runs (no close, no fold-in). */
async function afterCrash(t: TestCore): Promise<string> {
  const copy = await tempDir('steadyhand-crash-');
  for (const name of await listDir(t.dataDir)) if (name !== 'steadyhand.lock') cpSync(join(t.dataDir, name), join(copy, name), { recursive: true });
  return copy;
}

const names = async (t: TestCore) => (await call(t.core, 'clients.list', {})).map((c) => c.name);
const notices = async (t: TestCore): Promise<Notice[]> => (await call(t.core, 'app.status', {})).notices;

async function withJournal() {
  const t = await openTestCore();
  await call(t.core, 'clients.create', { fields: clientInput('Ada') });
  const grace = await call(t.core, 'clients.create', { fields: clientInput('Grace') });
  await call(t.core, 'clients.update', { id: grace.id, fields: clientInput('Grace Hopper') });
  return t;
}

describe('the change journal', () => {
  it('holds what changed after the snapshot, and a crash loses none of it', async () => {
    const t = await withJournal();
    const snapshot = JSON.parse(readFileSync(t.dataFile, 'utf8')) as { clients: unknown[] };
    expect(snapshot.clients).toHaveLength(1); // only the first write was a full one
    const reopened = await openTestCore({ dataDir: await afterCrash(t) });
    expect(await names(reopened)).toEqual(['Ada', 'Grace Hopper']);
    expect(await notices(reopened)).toEqual([]);
  });

  it('ignores a final line a crash cut short, and keeps everything before it', async () => {
    const t = await withJournal();
    const dir = await afterCrash(t);
    appendFileSync(join(dir, 'steadyhand.journal'), '0badc0de {"ops":[{"k":"clients","id":"x","at":9,"put":{"na');
    const reopened = await openTestCore({ dataDir: dir });
    expect(await names(reopened)).toEqual(['Ada', 'Grace Hopper']);
    expect(await notices(reopened)).toEqual([]);
  });

  it('keeps a journal damaged in the middle aside, byte for byte, and says so', async () => {
    const t = await withJournal();
    const dir = await afterCrash(t);
    const journal = join(dir, 'steadyhand.journal');
    const lines = readFileSync(journal, 'utf8').split('\n');
    lines[1] = lines[1]!.replace('Grace', 'Grave'); // the checksum no longer matches, and a good line follows
    writeFileSync(journal, lines.join('\n'));
    const damaged = sha256(journal);

    const reopened = await openTestCore({ dataDir: dir });
    const [notice] = await notices(reopened);
    expect(notice).toMatchObject({ severity: 'warning', title: 'Some recent changes were kept aside' });
    expect(sha256(notice!.movedTo!)).toBe(damaged);
    expect(await names(reopened)).toEqual(['Ada']);
  });

  it('never replays a journal onto another snapshot (one copied over it by hand)', async () => {
    const t = await withJournal();
    const dir = await afterCrash(t);
    writeFileSync(join(dir, 'steadyhand.json'), JSON.stringify({ schemaVersion: 1, clients: [], briefs: [], paperTrail: [] }));
    const journal = sha256(join(dir, 'steadyhand.journal'));
    const reopened = await openTestCore({ dataDir: dir });
    const [notice] = await notices(reopened);
    expect(notice?.detail).toMatch(/different copy of your data file/);
    expect(sha256(notice!.movedTo!)).toBe(journal);
    expect(await names(reopened)).toEqual([]);
  });

  it('drops, silently, an old journal whose changes a cut-short compaction already put in the snapshot', async () => {
    const t = await withJournal();
    const dir = await afterCrash(t);
    // The snapshot as the compaction wrote it: the journal's changes folded in.
    writeFileSync(join(dir, 'steadyhand.json'), JSON.stringify(storedDocument(join(dir, 'steadyhand.json'))));
    const reopened = await openTestCore({ dataDir: dir });
    expect(await notices(reopened)).toEqual([]);
    expect(await names(reopened)).toEqual(['Ada', 'Grace Hopper']);
    expect(existsSync(join(dir, 'steadyhand.journal'))).toBe(false);
  });

  it('folds a large journal into a new snapshot in the background, and keeps every change', async () => {
    const t = await openTestCore();
    const ada = await call(t.core, 'clients.create', { fields: clientInput('Ada') });
    const notes = 'n'.repeat(19_000);
    for (let i = 0; i < 70; i++) await call(t.core, 'clients.update', { id: ada.id, fields: clientInput(`Ada ${i}`, { notes }) });
    await t.core.db.settled();
    expect(statSync(join(t.dataDir, 'steadyhand.journal')).size).toBeLessThan(1 << 20);
    expect((JSON.parse(readFileSync(t.dataFile, 'utf8')) as { clients: { name: string }[] }).clients[0]!.name).not.toBe('Ada');
    const reopened = await openTestCore({ dataDir: await afterCrash(t) });
    expect(await names(reopened)).toEqual(['Ada 69']);
  });

  it('keeps saving to the journal when a compaction cannot be written (a nearly full disk)', async () => {
    const fs = recordingFs();
    const t = await openTestCore({ fs });
    const ada = await call(t.core, 'clients.create', { fields: clientInput('Ada') });
    // No room for a whole new data file, but a journal line still fits.
    fs.failWhen = (op, path) => op === 'write' && path.includes('.steadyhand.json.');
    const notes = 'n'.repeat(19_000);
    for (let i = 0; i < 70; i++) await call(t.core, 'clients.update', { id: ada.id, fields: clientInput(`Ada ${i}`, { notes }) });
    await t.core.db.settled();
    expect(statSync(join(t.dataDir, 'steadyhand.journal')).size).toBeGreaterThan(1 << 20);
    const reopened = await openTestCore({ dataDir: await afterCrash(t) });
    expect(await names(reopened)).toEqual(['Ada 69']);
    fs.failWhen = () => false;
  });

  it('saves a change that does not say what it touched as a full snapshot', async () => {
    const fs = recordingFs();
    const t = await openTestCore({ fs });
    await call(t.core, 'clients.create', { fields: clientInput('Ada') });
    fs.log.length = 0;
    await t.core.db.mutate((doc) => {
      doc.clients[0]!.notes = 'changed the old way';
    });
    expect(fs.log.some((e) => e.op === 'rename' && e.to === t.dataFile)).toBe(true);
    expect(storedDocument(t.dataFile).clients[0]).toMatchObject({ notes: 'changed the old way' });
  });

  it('fails loudly (in tests) when a change touches a record it did not declare, and still saves it', async () => {
    const t = await openTestCore();
    const ada = await call(t.core, 'clients.create', { fields: clientInput('Ada') });
    const grace = await call(t.core, 'clients.create', { fields: clientInput('Grace') });
    await expect(
      t.core.db.mutate(
        (doc) => {
          doc.clients[0]!.notes = 'declared';
          doc.clients[1]!.notes = 'not declared';
        },
        { touched: { clients: [ada] } },
      ),
    ).rejects.toThrow(`clients/${grace.id}`);
    expect(storedDocument(t.dataFile).clients.map((c) => (c as { notes?: string }).notes)).toEqual(['declared', 'not declared']);
  });

  it('writes nothing for an operation refused at the door', async () => {
    const t = await withJournal();
    const before = [sha256(t.dataFile), sha256(join(t.dataDir, 'steadyhand.journal'))];
    expect((await callError(t.core, 'clients.update', { id: 'nope', fields: clientInput('X') })).code).toBe('not_found');
    expect([sha256(t.dataFile), sha256(join(t.dataDir, 'steadyhand.journal'))]).toEqual(before);
  });
});
