// Soft deletes: a client goes to the trash with its briefs and paper trail, and comes back together.
import { cpSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/createCore';
import { briefInput, call, callError, clientInput, openTestCore, recordingFs, storedDocument, storedHash, tempDir, trailInput } from './helpers';

/** Ada has two briefs and three paper-trail entries; Grace, who is never trashed, has one of each. */
async function seed(core: Core) {
  const ada = await call(core, 'clients.create', { fields: clientInput('Ada') });
  const grace = await call(core, 'clients.create', { fields: clientInput('Grace') });
  const b1 = await call(core, 'briefs.create', { clientId: ada.id, fields: briefInput('Inbox tidy') });
  const b2 = await call(core, 'briefs.create', { clientId: ada.id, fields: briefInput('Newsletter') });
  const b3 = await call(core, 'briefs.create', { clientId: grace.id, fields: briefInput('Travel booking') });
  const e1 = await call(core, 'paperTrail.add', { clientId: ada.id, briefId: b1.id, fields: trailInput('Please tidy my inbox') });
  const e2 = await call(core, 'paperTrail.add', { clientId: ada.id, briefId: b2.id, fields: trailInput('Monthly newsletter') });
  const e3 = await call(core, 'paperTrail.add', { clientId: ada.id, briefId: null, fields: trailInput('General note') });
  const e4 = await call(core, 'paperTrail.add', { clientId: grace.id, briefId: b3.id, fields: trailInput('Book the train') });
  return { ada, grace, b1, b2, b3, e1, e2, e3, e4 };
}

async function visible(core: Core) {
  const clients = (await call(core, 'clients.list', {})).map((c) => c.name);
  const briefs = (await call(core, 'briefs.list', {})).map((b) => b.title).sort();
  const ids = (await call(core, 'clients.list', {})).map((c) => c.id);
  const trail: string[] = [];
  for (const clientId of ids) trail.push(...(await call(core, 'paperTrail.list', { clientId })).map((e) => e.words));
  return { clients, briefs, trail: trail.sort() };
}

const everything = {
  clients: ['Ada', 'Grace'],
  briefs: ['Inbox tidy', 'Newsletter', 'Travel booking'],
  trail: ['Book the train', 'General note', 'Monthly newsletter', 'Please tidy my inbox'],
};

describe('trash', () => {
  it('saves an undo (a restore) to the journal, so it costs the same however much data there is', async () => {
    const fs = recordingFs();
    const t = await openTestCore({ fs });
    const s = await seed(t.core);
    const receipt = await call(t.core, 'clients.trash', { id: s.ada.id });
    fs.log.length = 0;
    await call(t.core, 'trash.restore', { batchId: receipt.batchId });
    expect(fs.log.filter((e) => e.op === 'rename' && e.to === t.dataFile)).toEqual([]);
    // A crash now, before the journal is folded into the snapshot, keeps the restore.
    const copy = await tempDir();
    cpSync(t.dataDir, copy, { recursive: true, filter: (path) => !path.endsWith('steadyhand.lock') });
    expect(await visible((await openTestCore({ dataDir: copy })).core)).toEqual(everything);
  });

  it('trashes a client together with its briefs and paper trail, shown as one item', async () => {
    const { core, dataFile } = await openTestCore();
    const s = await seed(core);

    const receipt = await call(core, 'clients.trash', { id: s.ada.id });
    expect(receipt).toMatchObject({ label: 'Ada', recordCount: 6 });
    expect(await visible(core)).toEqual({ clients: ['Grace'], briefs: ['Travel booking'], trail: ['Book the train'] });
    expect(await callError(core, 'briefs.get', { id: s.b1.id })).toMatchObject({ code: 'not_found' });
    expect(await call(core, 'paperTrail.list', { clientId: s.ada.id })).toEqual([]);

    const items = await call(core, 'trash.list', {});
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      batchId: receipt.batchId,
      kind: 'client',
      recordId: s.ada.id,
      label: 'Ada',
      detail: 'Client, with 2 briefs and 3 paper-trail entries',
      recordCount: 6,
    });

    // Soft: everything is still in the file, marked as trashed.
    const stored = storedDocument(dataFile) as unknown as { clients: { id: string; trashedAt: string | null }[] };
    expect(stored.clients.find((c) => c.id === s.ada.id)?.trashedAt).not.toBeNull();
  });

  it('restores the whole batch in one step, durably', async () => {
    const { core, reopen } = await openTestCore();
    const s = await seed(core);
    const { batchId } = await call(core, 'clients.trash', { id: s.ada.id });

    expect(await call(core, 'trash.restore', { batchId })).toEqual({ restored: 6 });
    expect(await call(core, 'trash.list', {})).toEqual([]);
    expect(await visible(core)).toEqual(everything);

    const again = await reopen();
    expect(await visible(again.core)).toEqual(everything);
    expect(await callError(again.core, 'trash.restore', { batchId })).toMatchObject({ code: 'not_found' });
  });

  it('purges a batch for good: gone from the file, and nothing else touched', async () => {
    const { core, dataFile } = await openTestCore();
    const s = await seed(core);
    const { batchId } = await call(core, 'clients.trash', { id: s.ada.id });

    expect(await call(core, 'trash.purge', { batchId })).toEqual({ purged: 6 });
    expect(await call(core, 'trash.list', {})).toEqual([]);
    const file = JSON.stringify(storedDocument(dataFile));
    for (const id of [s.ada.id, s.b1.id, s.b2.id, s.e1.id, s.e2.id, s.e3.id]) expect(file).not.toContain(id);
    for (const id of [s.grace.id, s.b3.id, s.e4.id]) expect(file).toContain(id);
    expect(await callError(core, 'trash.restore', { batchId })).toMatchObject({ code: 'not_found' });
    expect(await callError(core, 'trash.purge', { batchId })).toMatchObject({ code: 'not_found' });
  });

  it('trashes a brief with its own paper trail only, listed as a brief', async () => {
    const { core } = await openTestCore();
    const s = await seed(core);
    const receipt = await call(core, 'briefs.trash', { id: s.b1.id });
    expect(receipt).toMatchObject({ label: 'Inbox tidy', recordCount: 2 });
    expect((await call(core, 'paperTrail.list', { clientId: s.ada.id })).map((e) => e.id).sort()).toEqual([s.e2.id, s.e3.id].sort());
    expect(await call(core, 'trash.list', {})).toEqual([
      expect.objectContaining({ kind: 'brief', recordId: s.b1.id, detail: 'Brief for Ada, with 1 paper-trail entry', recordCount: 2 }),
    ]);
    await call(core, 'trash.restore', { batchId: receipt.batchId });
    expect(await visible(core)).toEqual(everything);
  });

  it('refuses to restore a brief whose client is in the trash, and changes nothing', async () => {
    const { core, dataFile } = await openTestCore();
    const s = await seed(core);
    const briefBatch = (await call(core, 'briefs.trash', { id: s.b1.id })).batchId;
    const clientBatch = (await call(core, 'clients.trash', { id: s.ada.id })).batchId;
    expect(await call(core, 'trash.list', {})).toHaveLength(2);
    const before = storedHash(dataFile);

    const error = await callError(core, 'trash.restore', { batchId: briefBatch });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/Restore Ada first/);
    expect(storedHash(dataFile)).toBe(before);

    // Client first, then the brief: everything is back.
    await call(core, 'trash.restore', { batchId: clientBatch });
    await call(core, 'trash.restore', { batchId: briefBatch });
    expect(await visible(core)).toEqual(everything);
  });

  it('refuses to restore a brief whose client was since purged, rather than leave it without a client', async () => {
    const { core, dataFile } = await openTestCore();
    const s = await seed(core);
    const briefBatch = (await call(core, 'briefs.trash', { id: s.b1.id })).batchId;
    const clientBatch = (await call(core, 'clients.trash', { id: s.ada.id })).batchId;
    await call(core, 'trash.purge', { batchId: clientBatch });
    const before = storedHash(dataFile);

    expect(await callError(core, 'trash.restore', { batchId: briefBatch })).toMatchObject({ code: 'conflict' });
    expect(storedHash(dataFile)).toBe(before);
    expect((await call(core, 'briefs.list', {})).map((b) => b.title)).toEqual(['Travel booking']);
    expect(await call(core, 'trash.purge', { batchId: briefBatch })).toEqual({ purged: 2 });
  });

  it('does not let a trashed record be trashed or edited again', async () => {
    const { core } = await openTestCore();
    const s = await seed(core);
    await call(core, 'clients.trash', { id: s.ada.id });
    expect(await callError(core, 'clients.trash', { id: s.ada.id })).toMatchObject({ code: 'not_found' });
    expect(await callError(core, 'clients.update', { id: s.ada.id, fields: clientInput('Ada B') })).toMatchObject({ code: 'not_found' });
    expect(await callError(core, 'briefs.create', { clientId: s.ada.id, fields: briefInput('New') })).toMatchObject({ code: 'not_found' });
  });
});

describe('a client’s incidents', () => {
  it('go to the trash with the client, are listed under the client, and come back with it', async () => {
    const t = await openTestCore();
    const { ada, grace } = await seed(t.core);
    const adaIncident = await call(t.core, 'incidents.start', { clientId: ada.id, breathing: 'skipped' });
    const graceIncident = await call(t.core, 'incidents.start', { clientId: grace.id, breathing: 'skipped' });
    const receipt = await call(t.core, 'clients.trash', { id: ada.id });
    expect((await call(t.core, 'incidents.list', {})).map((i) => i.id)).toEqual([graceIncident.id]);
    const items = await call(t.core, 'trash.list', {});
    expect(items.map((i) => i.kind)).toEqual(['client']);
    expect(items[0]!.recordCount).toBe(1 + 2 + 3 + 1);
    await call(t.core, 'trash.restore', { batchId: receipt.batchId });
    expect((await call(t.core, 'incidents.list', {})).map((i) => i.id).sort()).toEqual([adaIncident.id, graceIncident.id].sort());
  });
});
