// A trashed client's row says every kind of record that went with it: briefs, paper-trail entries and incidents.
import { describe, expect, it } from 'vitest';
import { briefInput, call, clientInput, openTestCore, trailInput } from './helpers';

describe('the trash row of a client', () => {
  it('names the briefs, paper-trail entries and incidents that went with it', async () => {
    const { core } = await openTestCore();
    const client = await call(core, 'clients.create', { fields: clientInput('Priya Shah') });
    const brief = await call(core, 'briefs.create', { clientId: client.id, fields: briefInput('Book the Lisbon trip') });
    await call(core, 'paperTrail.add', { clientId: client.id, briefId: brief.id, fields: trailInput('Please book flights') });
    await call(core, 'paperTrail.add', { clientId: client.id, briefId: brief.id, fields: trailInput('And a hotel') });
    await call(core, 'incidents.start', { briefId: brief.id, breathing: 'skipped' });
    const receipt = await call(core, 'clients.trash', { id: client.id });
    const [row] = await call(core, 'trash.list', {});
    expect(row).toMatchObject({
      batchId: receipt.batchId,
      kind: 'client',
      detail: 'Client, with 1 brief, 2 paper-trail entries and 1 incident',
      recordCount: 5,
    });
  });
});
