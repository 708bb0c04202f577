// Briefs (status rules, snapshots, delivery date) and the append-only paper trail.
import { describe, expect, it } from 'vitest';
import { operationNames } from '../../../shared/contract';
import { type BriefStatus, briefStatus, briefTransitions } from '../../../shared/model/brief';
import type { Core } from '../../../electron/core/createCore';
import { briefInput, call, callError, clientInput, fakeClock, openTestCore, START_ANYWAY, storedHash, trailInput } from './helpers';

/** The shortest way from draft to each status, following only allowed moves. */
function pathTo(target: BriefStatus): BriefStatus[] {
  const queue: BriefStatus[][] = [['draft']];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const last = path[path.length - 1]!;
    if (last === target) return path.slice(1);
    for (const next of briefTransitions[last]) if (!path.includes(next)) queue.push([...path, next]);
  }
  throw new Error(`No way to reach ${target}`);
}

async function newBrief(core: Core, title = 'Inbox tidy') {
  const client = await call(core, 'clients.create', { fields: clientInput('Ada') });
  return call(core, 'briefs.create', { clientId: client.id, fields: briefInput(title) });
}

describe('brief status', () => {
  it('allows exactly the moves in the transition table and refuses the rest, changing nothing', async () => {
    const { core, dataFile } = await openTestCore();
    const client = await call(core, 'clients.create', { fields: clientInput('Ada') });
    for (const from of briefStatus.options) {
      for (const to of briefStatus.options) {
        const brief = await call(core, 'briefs.create', { clientId: client.id, fields: briefInput(`${from} → ${to}`) });
        for (const step of pathTo(from)) await call(core, 'briefs.setStatus', { id: brief.id, status: step, overrideReason: START_ANYWAY });
        const before = storedHash(dataFile);
        const reply = await core.dispatch('briefs.setStatus', { id: brief.id, status: to, overrideReason: START_ANYWAY });
        if (from === to || briefTransitions[from].includes(to)) {
          expect(reply.ok, `${from} → ${to}`).toBe(true);
        } else {
          expect(reply, `${from} → ${to}`).toMatchObject({ ok: false, error: { code: 'conflict' } });
          expect(storedHash(dataFile), `${from} → ${to}`).toBe(before);
        }
      }
    }
  });

  it('explains a refused move in the VA’s words', async () => {
    const { core } = await openTestCore();
    const brief = await newBrief(core);
    const error = await callError(core, 'briefs.setStatus', { id: brief.id, status: 'delivered' });
    expect(error).toMatchObject({ code: 'conflict', message: 'A brief that is “Draft” cannot move straight to “Delivered”.' });
    expect((await call(core, 'briefs.get', { id: brief.id })).status).toBe('draft');
  });

  it('snapshots the fields when work starts and at each delivery, and later edits do not rewrite them', async () => {
    const clock = fakeClock('2026-03-02T12:00:00.000Z');
    const { core, reopen } = await openTestCore({ now: clock.now });
    const brief = await newBrief(core, 'Version one');

    const started = await call(core, 'briefs.setStatus', { id: brief.id, status: 'in-progress', overrideReason: START_ANYWAY });
    expect(started.snapshots).toEqual([{ kind: 'started', takenAt: '2026-03-02T12:00:00.000Z', fields: briefInput('Version one') }]);

    clock.advance(3600_000);
    await call(core, 'briefs.update', { id: brief.id, fields: briefInput('Version two', { deliverables: 'A clean inbox' }) });
    const delivered = await call(core, 'briefs.setStatus', { id: brief.id, status: 'delivered', deliveredOn: '2026-03-03' });
    expect(delivered.deliveredOn).toBe('2026-03-03');
    expect(delivered.snapshots.map((s) => [s.kind, s.fields.title])).toEqual([
      ['started', 'Version one'],
      ['delivered', 'Version two'],
    ]);
    expect(delivered.snapshots[1]).toMatchObject({ takenAt: '2026-03-02T13:00:00.000Z', fields: { deliverables: 'A clean inbox' } });

    // Rework and a second delivery: no second "started", a second "delivered".
    await call(core, 'briefs.setStatus', { id: brief.id, status: 'in-progress', overrideReason: START_ANYWAY });
    await call(core, 'briefs.update', { id: brief.id, fields: briefInput('Version three') });
    const again = await call(core, 'briefs.setStatus', { id: brief.id, status: 'delivered', deliveredOn: '2026-03-05' });
    expect(again.snapshots.map((s) => [s.kind, s.fields.title])).toEqual([
      ['started', 'Version one'],
      ['delivered', 'Version two'],
      ['delivered', 'Version three'],
    ]);
    expect(again.deliveredOn).toBe('2026-03-05');

    const stored = await call((await reopen()).core, 'briefs.get', { id: brief.id });
    expect(stored.snapshots.map((s) => s.fields.title)).toEqual(['Version one', 'Version two', 'Version three']);
  });

  it('sets deliveredOn to today on the VA’s calendar when no date is given', async () => {
    const clock = fakeClock('2026-07-15T12:00:00.000Z');
    const { core } = await openTestCore({ now: clock.now });
    const brief = await newBrief(core);
    await call(core, 'briefs.setStatus', { id: brief.id, status: 'in-progress', overrideReason: START_ANYWAY });
    const delivered = await call(core, 'briefs.setStatus', { id: brief.id, status: 'delivered' });
    expect(delivered.deliveredOn).toBe(clock.now().toLocaleDateString('sv-SE'));
  });

  it('lists rows for the briefs screen: only what a row shows, newest change first, no trashed briefs', async () => {
    const clock = fakeClock('2026-03-01T09:00:00.000Z');
    const { core } = await openTestCore({ now: clock.now });
    const older = await newBrief(core, 'Older');
    clock.advance(60_000);
    const newer = await newBrief(core, 'Newer');
    clock.advance(60_000);
    const gone = await newBrief(core, 'Gone');
    await call(core, 'briefs.trash', { id: gone.id });
    const rows = await call(core, 'briefs.rows', {});
    expect(rows.map((r) => r.title)).toEqual(['Newer', 'Older']);
    expect(rows[0]).toEqual({
      id: newer.id,
      clientId: newer.clientId,
      clientName: 'Ada',
      title: 'Newer',
      summary: newer.summary,
      status: 'draft',
      deadline: newer.deadline,
      updatedAt: newer.updatedAt,
    });
    expect(rows[1]!.id).toBe(older.id);
    // With ids: only those briefs' rows, and only the live ones (a trashed id is simply not there).
    const some = await call(core, 'briefs.rows', { ids: [older.id, gone.id] });
    expect(some).toEqual([rows[1]]);
    expect(await callError(core, 'briefs.rows', { ids: 'all' })).toMatchObject({ code: 'invalid_input' });
  });

  it('refuses a brief for a client that does not exist', async () => {
    const { core } = await openTestCore();
    expect(await callError(core, 'briefs.create', { clientId: 'nobody', fields: briefInput('T') })).toMatchObject({ code: 'not_found' });
    expect(await callError(core, 'briefs.setStatus', { id: 'nothing', status: 'ready' })).toMatchObject({ code: 'not_found' });
  });
});

describe('paper trail', () => {
  it('has no operation that edits or removes an entry', () => {
    // attachFiles only adds evidence to an entry; its words, time and sender never change (tests/unit/core/capture.test.ts).
    expect(operationNames.filter((n) => n.startsWith('paperTrail.')).sort()).toEqual([
      'paperTrail.add',
      'paperTrail.attachFiles',
      'paperTrail.attachment',
      'paperTrail.captureFiles',
      'paperTrail.correct',
      'paperTrail.list',
      'paperTrail.saveAttachmentAs',
    ]);
  });

  it('adds entries in the order they were received', async () => {
    const { core } = await openTestCore();
    const brief = await newBrief(core);
    const later = await call(core, 'paperTrail.add', { clientId: brief.clientId, briefId: brief.id, fields: trailInput('Second', '2026-03-02T10:00:00Z') });
    const earlier = await call(core, 'paperTrail.add', { clientId: brief.clientId, briefId: null, fields: trailInput('First', '2026-03-01T10:00:00Z') });
    expect((await call(core, 'paperTrail.list', { clientId: brief.clientId })).map((e) => e.id)).toEqual([earlier.id, later.id]);
    expect((await call(core, 'paperTrail.list', { briefId: brief.id })).map((e) => e.id)).toEqual([later.id]);
    expect((await call(core, 'briefs.list', {}))[0]!.paperTrailCount).toBe(1);
  });

  it('records a correction as a new entry pointing at the original, which stays as it was', async () => {
    const { core, reopen } = await openTestCore();
    const brief = await newBrief(core);
    const original = await call(core, 'paperTrail.add', { clientId: brief.clientId, briefId: brief.id, fields: trailInput('Send it Friday') });

    const correction = await call(core, 'paperTrail.correct', { id: original.id, fields: trailInput('Send it Thursday') });
    expect(correction).toMatchObject({ correctsId: original.id, clientId: brief.clientId, briefId: brief.id, words: 'Send it Thursday' });
    expect(correction.id).not.toBe(original.id);

    const listed = await call((await reopen()).core, 'paperTrail.list', { briefId: brief.id });
    expect(listed).toHaveLength(2);
    expect(listed.find((e) => e.id === original.id)).toEqual(original);
  });

  it('refuses a correction of an unknown entry, and an entry linked to another client’s brief', async () => {
    const { core } = await openTestCore();
    const brief = await newBrief(core);
    const other = await call(core, 'clients.create', { fields: clientInput('Grace') });
    expect(await callError(core, 'paperTrail.correct', { id: 'missing', fields: trailInput('x') })).toMatchObject({ code: 'not_found' });
    const error = await callError(core, 'paperTrail.add', { clientId: other.id, briefId: brief.id, fields: trailInput('x') });
    expect(error).toMatchObject({ code: 'invalid_input', details: { fields: { briefId: expect.any(String) } } });
    expect(await call(core, 'paperTrail.list', { clientId: other.id })).toEqual([]);
  });

  it('refuses an entry with no words', async () => {
    const { core } = await openTestCore();
    const brief = await newBrief(core);
    const error = await callError(core, 'paperTrail.add', { clientId: brief.clientId, briefId: null, fields: trailInput('   ') });
    expect(error.details?.fields?.['fields.words']).toBe('Paste or type what the client said.');
  });
});
