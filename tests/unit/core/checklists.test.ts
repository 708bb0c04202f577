// The checklist operations against a real core in a temporary folder: template editing and versioning,
// ticks and answers, the "Start work" gate with its override, written confirmation, retyped figures and
// the "before you say yes" record.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInId, BUILT_IN_CHECKLIST } from '../../../shared/domain/checklistBuiltIns';
import { SCHEMA_VERSION } from '../../../shared/model/document';
import { DATA_FILE } from '../../../electron/core/storage/openDocument';
import { briefInput, call, callError, clientInput, fakeClock, openTestCore, readJson, sha256, tempDir, trailInput } from './helpers';

const REQUIRED = BUILT_IN_CHECKLIST.filter((b) => b.requiredBeforeStart).map((b) => builtInId(b.key));
// The brief in `setup` mentions no figures or amounts, so the figures check does not apply to it.
const REQUIRED_HERE = REQUIRED.filter((id) => id !== builtInId('figures'));

async function setup() {
  const clock = fakeClock();
  const t = await openTestCore({ now: clock.now });
  const client = await call(t.core, 'clients.create', { fields: clientInput('Harriet Lane') });
  const other = await call(t.core, 'clients.create', { fields: clientInput('Omar Shah') });
  const brief = await call(t.core, 'briefs.create', {
    clientId: client.id,
    fields: briefInput('Tidy the inbox', { summary: 'Delete the Newsletters label and all 6,000 emails in it' }),
  });
  return { ...t, clock, client, other, brief };
}

async function tickAll(t: Awaited<ReturnType<typeof setup>>, ids: string[], briefId = t.brief.id) {
  for (const itemId of ids) await call(t.core, 'checklists.setItem', { briefId, itemId, state: 'done' });
}

describe('the template', () => {
  it('starts with the built-in items, in order', async () => {
    const { core } = await setup();
    const items = await call(core, 'checklists.listTemplate', { scope: { kind: 'global' } });
    expect(items.map((i) => i.builtInKey)).toEqual(BUILT_IN_CHECKLIST.map((b) => b.key));
  });

  it('adds an item at the end of a scope, for the incident flow too', async () => {
    const t = await setup();
    const added = await call(t.core, 'checklists.addItem', {
      scope: { kind: 'global' },
      label: 'Check what a label contains before deleting it',
      why: 'Deleting a label in Gmail can take its emails with it.',
      requiredBeforeStart: true,
    });
    expect(added).toMatchObject({ version: 1, retiredAt: null, builtInKey: null, clientQuestion: '', order: BUILT_IN_CHECKLIST.length });
    const clientItem = await call(t.core, 'checklists.addItem', {
      scope: { kind: 'client', clientId: t.client.id },
      label: 'Which brand colours?',
      why: '',
      requiredBeforeStart: false,
    });
    expect(clientItem).toMatchObject({ order: 0, clientQuestion: 'Which brand colours?' });
    const view = await call(t.core, 'checklists.forBrief', { briefId: t.brief.id });
    expect(view.items.slice(-2).map((i) => i.id)).toEqual([added.id, clientItem.id]);
    // Another client's brief does not get Harriet's extra.
    const omarBrief = await call(t.core, 'briefs.create', { clientId: t.other.id, fields: briefInput('Other') });
    expect((await call(t.core, 'checklists.forBrief', { briefId: omarBrief.id })).items.map((i) => i.id)).not.toContain(clientItem.id);
  });

  it('refuses the same wording twice in one scope, and an unknown client', async () => {
    const t = await setup();
    const again = await callError(t.core, 'checklists.addItem', {
      scope: { kind: 'global' },
      label: 'deliverables and format',
      why: '',
      requiredBeforeStart: false,
    });
    expect(again).toMatchObject({ code: 'conflict', details: { fields: { label: expect.any(String) } } });
    expect(
      await callError(t.core, 'checklists.addItem', { scope: { kind: 'client', clientId: 'nobody' }, label: 'X', why: '', requiredBeforeStart: false }),
    ).toMatchObject({ code: 'not_found' });
    expect(await callError(t.core, 'checklists.listTemplate', { scope: { kind: 'client', clientId: 'nobody' } })).toMatchObject({ code: 'not_found' });
  });

  it('bumps the version only on a real edit, and keeps it on disk', async () => {
    const t = await setup();
    const id = builtInId('scope');
    const [scope] = await call(t.core, 'checklists.listTemplate', { scope: { kind: 'global' } });
    const same = await call(t.core, 'checklists.updateItem', {
      id,
      fields: { label: scope!.label, why: scope!.why, clientQuestion: scope!.clientQuestion, requiredBeforeStart: true },
    });
    expect(same.version).toBe(1);
    const edited = await call(t.core, 'checklists.updateItem', {
      id,
      fields: { label: 'Scope: in and out', why: scope!.why, clientQuestion: scope!.clientQuestion, requiredBeforeStart: true },
    });
    expect(edited.version).toBe(2);
    const reopened = await t.reopen();
    const [stored] = await call(reopened.core, 'checklists.listTemplate', { scope: { kind: 'global' } });
    expect(stored).toMatchObject({ label: 'Scope: in and out', version: 2 });
  });

  it('retires and restores without deleting, and reorders only with a complete list', async () => {
    const t = await setup();
    const time = builtInId('time');
    await call(t.core, 'checklists.retireItem', { id: time });
    const listed = await call(t.core, 'checklists.listTemplate', { scope: { kind: 'global' } });
    expect(listed.find((i) => i.id === time)?.retiredAt).toEqual(expect.any(String));
    expect((await call(t.core, 'checklists.forBrief', { briefId: t.brief.id })).items.map((i) => i.id)).not.toContain(time);

    const active = listed.filter((i) => i.retiredAt === null).map((i) => i.id);
    const reversed = [...active].reverse();
    const reordered = await call(t.core, 'checklists.reorder', { scope: { kind: 'global' }, ids: reversed });
    expect(reordered.filter((i) => i.retiredAt === null).map((i) => i.id)).toEqual(reversed);
    expect(await callError(t.core, 'checklists.reorder', { scope: { kind: 'global' }, ids: reversed.slice(1) })).toMatchObject({ code: 'conflict' });

    const restored = await call(t.core, 'checklists.restoreItem', { id: time });
    expect(restored.retiredAt).toBeNull();
    expect((await call(t.core, 'checklists.forBrief', { briefId: t.brief.id })).items.map((i) => i.id)).toContain(time);
    // Undo straight after retiring puts it back where it was.
    await call(t.core, 'checklists.retireItem', { id: builtInId('access') });
    await call(t.core, 'checklists.restoreItem', { id: builtInId('access') });
    const after = await call(t.core, 'checklists.listTemplate', { scope: { kind: 'global' } });
    expect(after.map((i) => i.id).indexOf(builtInId('access'))).toBe(reordered.map((i) => i.id).indexOf(builtInId('access')));
  });
});

describe('a brief’s checklist', () => {
  it('shows every item open for a new brief, with progress', async () => {
    const t = await setup();
    const state = await call(t.core, 'checklists.forBrief', { briefId: t.brief.id });
    expect(state.items).toHaveLength(BUILT_IN_CHECKLIST.length);
    expect(state.progress).toEqual({ resolved: 0, total: BUILT_IN_CHECKLIST.length - 1, requiredOpen: REQUIRED_HERE.length, percent: 0 });
    expect(state.items.find((i) => i.id === builtInId('figures'))).toMatchObject({ notApplicable: true, state: 'open' });
    expect(state).toMatchObject({ override: null, confirmedEntryId: null, followsTemplate: true, figureChecks: [] });
  });

  it('saves ticks and answers durably', async () => {
    const t = await setup();
    await call(t.core, 'checklists.setItem', { briefId: t.brief.id, itemId: builtInId('scope'), state: 'done', answer: 'Only the Newsletters label' });
    await call(t.core, 'checklists.setItem', { briefId: t.brief.id, itemId: builtInId('access'), state: 'not-needed' });
    const reopened = await t.reopen();
    const state = await call(reopened.core, 'checklists.forBrief', { briefId: t.brief.id });
    expect(state.items.find((i) => i.id === builtInId('scope'))).toMatchObject({ state: 'done', answer: 'Only the Newsletters label' });
    expect(state.progress.resolved).toBe(2);
  });

  it('refuses an item the brief does not have, and a brief that does not exist', async () => {
    const t = await setup();
    expect(await callError(t.core, 'checklists.setItem', { briefId: t.brief.id, itemId: 'nope', state: 'done' })).toMatchObject({ code: 'not_found' });
    expect(await callError(t.core, 'checklists.forBrief', { briefId: 'nope' })).toMatchObject({ code: 'not_found' });
    expect(await callError(t.core, 'checklists.setItem', { briefId: t.brief.id, itemId: builtInId('scope') })).toMatchObject({ code: 'invalid_input' });
  });

  it('adds and removes one-off items, but never removes a template item in use', async () => {
    const t = await setup();
    const state = await call(t.core, 'checklists.addBriefItem', { briefId: t.brief.id, label: 'Which emails are starred?' });
    const own = state.items[state.items.length - 1]!;
    expect(own).toMatchObject({ source: 'brief', clientQuestion: 'Which emails are starred?', requiredBeforeStart: false });
    expect(await callError(t.core, 'checklists.removeBriefItem', { briefId: t.brief.id, itemId: builtInId('scope') })).toMatchObject({ code: 'conflict' });
    const removed = await call(t.core, 'checklists.removeBriefItem', { briefId: t.brief.id, itemId: own.id });
    expect(removed.items.map((i) => i.id)).not.toContain(own.id);
  });

  it('keeps a retired item the brief answered, and lets the VA remove it there', async () => {
    const t = await setup();
    await call(t.core, 'checklists.setItem', { briefId: t.brief.id, itemId: builtInId('time'), state: 'done', answer: 'Tuesday morning' });
    await call(t.core, 'checklists.retireItem', { id: builtInId('time') });
    const state = await call(t.core, 'checklists.forBrief', { briefId: t.brief.id });
    expect(state.items.find((i) => i.id === builtInId('time'))).toMatchObject({ retired: true, answer: 'Tuesday morning' });
    const fresh = await call(t.core, 'briefs.create', { clientId: t.client.id, fields: briefInput('New one') });
    expect((await call(t.core, 'checklists.forBrief', { briefId: fresh.id })).items.map((i) => i.id)).not.toContain(builtInId('time'));
    const removed = await call(t.core, 'checklists.removeBriefItem', { briefId: t.brief.id, itemId: builtInId('time') });
    expect(removed.items.map((i) => i.id)).not.toContain(builtInId('time'));
  });
});

describe('Start work', () => {
  it('is blocked while required items are open, naming them, and changes nothing', async () => {
    const t = await setup();
    const before = sha256(t.dataFile);
    const error = await callError(t.core, 'briefs.setStatus', { id: t.brief.id, status: 'in-progress' });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^Before you start work, finish these 7 required checks: Scope and perimeters/);
    expect((error.details?.['openItems'] as { id: string }[]).map((i) => i.id)).toEqual(REQUIRED_HERE);
    expect(sha256(t.dataFile)).toBe(before);
    expect((await call(t.core, 'briefs.get', { id: t.brief.id })).status).toBe('draft');
  });

  it('lets work start without the figures check when the brief has no amounts, and needs it once one is added', async () => {
    const t = await setup();
    for (const id of REQUIRED_HERE) await call(t.core, 'checklists.setItem', { briefId: t.brief.id, itemId: id, state: 'done' });
    await call(t.core, 'briefs.update', { id: t.brief.id, fields: briefInput('Tidy the inbox', { summary: 'Delete the label, then pay the £80 renewal' }) });
    const error = await callError(t.core, 'briefs.setStatus', { id: t.brief.id, status: 'in-progress' });
    expect((error.details?.['openItems'] as { id: string }[]).map((i) => i.id)).toEqual([builtInId('figures')]);
    await call(t.core, 'briefs.update', { id: t.brief.id, fields: briefInput('Tidy the inbox', { summary: 'Delete the Newsletters label' }) });
    const started = await call(t.core, 'briefs.setStatus', { id: t.brief.id, status: 'in-progress' });
    expect(started).toMatchObject({ status: 'in-progress', checklist: { override: null } });
  });

  it('asks for a real reason to start anyway', async () => {
    const t = await setup();
    expect(await callError(t.core, 'briefs.setStatus', { id: t.brief.id, status: 'in-progress', overrideReason: '   ' })).toMatchObject({
      code: 'conflict',
      details: { problem: 'open-items' },
    });
    expect(await callError(t.core, 'briefs.setStatus', { id: t.brief.id, status: 'in-progress', overrideReason: 'ok' })).toMatchObject({
      code: 'conflict',
      details: { problem: 'reason-too-short' },
    });
  });

  it('starts with a reason, keeping the reason, the time and what was open, and freezing the checklist', async () => {
    const t = await setup();
    await tickAll(t, REQUIRED.slice(0, 6));
    const started = await call(t.core, 'briefs.setStatus', {
      id: t.brief.id,
      status: 'in-progress',
      overrideReason: '  Client is travelling; agreed by phone.  ',
    });
    expect(started.status).toBe('in-progress');
    expect(started.checklist.override).toEqual({
      reason: 'Client is travelling; agreed by phone.',
      at: '2026-03-02T10:00:00.000Z',
      openItems: ['Have I done this kind of task before?', 'The brief confirmed by the client in writing'],
    });
    expect(started.checklist.items).toHaveLength(BUILT_IN_CHECKLIST.length);
    // Stored on disk in the brief, where the incident flow reads it.
    const onDisk = readJson(t.dataFile) as { briefs: { id: string; checklist: { override: { reason: string } | null } }[] };
    expect(onDisk.briefs.find((b) => b.id === t.brief.id)?.checklist.override?.reason).toBe('Client is travelling; agreed by phone.');

    // Later template edits do not rewrite what was checked.
    await call(t.core, 'checklists.updateItem', {
      id: builtInId('scope'),
      fields: { label: 'Scope, new words', why: 'w', clientQuestion: '', requiredBeforeStart: true },
    });
    await call(t.core, 'checklists.addItem', { scope: { kind: 'global' }, label: 'A later lesson', why: '', requiredBeforeStart: true });
    const state = await call(t.core, 'checklists.forBrief', { briefId: t.brief.id });
    expect(state.followsTemplate).toBe(false);
    expect(state.items.find((i) => i.id === builtInId('scope'))).toMatchObject({
      label: 'Scope and perimeters: what is in, what is out',
      templateChanged: true,
    });
    expect(state.items.map((i) => i.label)).not.toContain('A later lesson');
  });

  it('starts without an override once every required item is resolved', async () => {
    const t = await setup();
    await tickAll(t, REQUIRED.slice(1));
    await call(t.core, 'checklists.setItem', { briefId: t.brief.id, itemId: REQUIRED[0]!, state: 'not-needed' });
    const started = await call(t.core, 'briefs.setStatus', { id: t.brief.id, status: 'in-progress', overrideReason: 'not needed' });
    expect(started.checklist.override).toBeNull();
    expect(started.snapshots.map((s) => s.kind)).toEqual(['started']);
  });

  it('counts a client’s own required item, and stops counting it once retired', async () => {
    const t = await setup();
    await tickAll(t, REQUIRED);
    const extra = await call(t.core, 'checklists.addItem', {
      scope: { kind: 'client', clientId: t.client.id },
      label: 'Brand guide read',
      why: '',
      requiredBeforeStart: true,
    });
    const error = await callError(t.core, 'briefs.setStatus', { id: t.brief.id, status: 'in-progress' });
    expect((error.details?.['openItems'] as { id: string }[]).map((i) => i.id)).toEqual([extra.id]);
    await call(t.core, 'checklists.retireItem', { id: extra.id });
    expect((await call(t.core, 'briefs.setStatus', { id: t.brief.id, status: 'in-progress' })).status).toBe('in-progress');
  });

  it('does not gate going back to work on a delivered brief', async () => {
    const t = await setup();
    await call(t.core, 'briefs.setStatus', { id: t.brief.id, status: 'in-progress', overrideReason: 'Urgent and agreed by phone.' });
    await call(t.core, 'briefs.setStatus', { id: t.brief.id, status: 'delivered' });
    const again = await call(t.core, 'briefs.setStatus', { id: t.brief.id, status: 'in-progress' });
    expect(again.status).toBe('in-progress');
    expect(again.checklist.override?.reason).toBe('Urgent and agreed by phone.');
  });
});

describe('written confirmation', () => {
  it('adds the client’s reply to the paper trail, links it and ticks the item, in one step', async () => {
    const t = await setup();
    const state = await call(t.core, 'checklists.confirmWithReply', {
      briefId: t.brief.id,
      reply: trailInput('Confirmed, thanks', '2026-03-02T09:00:00.000Z'),
    });
    const entries = await call(t.core, 'paperTrail.list', { briefId: t.brief.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ words: 'Confirmed, thanks', confirmedInWriting: true });
    expect(state.confirmedEntryId).toBe(entries[0]!.id);
    expect(state.items.find((i) => i.builtInKey === 'confirmed')).toMatchObject({
      state: 'done',
      answer: 'Confirmed in writing on Mon 2 Mar 2026. See the paper trail.',
    });
  });

  it('links an entry already in the brief’s paper trail, but not another brief’s', async () => {
    const t = await setup();
    const entry = await call(t.core, 'paperTrail.add', { clientId: t.client.id, briefId: t.brief.id, fields: trailInput('Yes, that is right') });
    const state = await call(t.core, 'checklists.confirmBrief', { briefId: t.brief.id, entryId: entry.id });
    expect(state.confirmedEntryId).toBe(entry.id);
    const otherBrief = await call(t.core, 'briefs.create', { clientId: t.client.id, fields: briefInput('Other') });
    expect(await callError(t.core, 'checklists.confirmBrief', { briefId: otherBrief.id, entryId: entry.id })).toMatchObject({ code: 'invalid_input' });
    const cleared = await call(t.core, 'checklists.clearConfirmation', { briefId: t.brief.id });
    expect(cleared.confirmedEntryId).toBeNull();
    expect(await call(t.core, 'paperTrail.list', { briefId: t.brief.id })).toHaveLength(1);
  });

  it('never takes a message the VA sent as the client’s confirmation', async () => {
    const t = await setup();
    const mine = await call(t.core, 'paperTrail.add', {
      clientId: t.client.id,
      briefId: t.brief.id,
      fields: { ...trailInput('Here is the recap.'), direction: 'sent' },
    });
    const before = sha256(t.dataFile);
    expect(await callError(t.core, 'checklists.confirmBrief', { briefId: t.brief.id, entryId: mine.id })).toMatchObject({
      code: 'invalid_input',
      message: 'That is a message you sent. Choose the client’s written reply.',
    });
    expect(sha256(t.dataFile)).toBe(before);
    const state = await call(t.core, 'checklists.confirmWithReply', {
      briefId: t.brief.id,
      reply: { ...trailInput('Confirmed, go ahead.'), direction: 'sent' },
    });
    const linked = (await call(t.core, 'paperTrail.list', { briefId: t.brief.id })).find((e) => e.id === state.confirmedEntryId);
    expect(linked).toMatchObject({ direction: 'received', words: 'Confirmed, go ahead.' });
  });
});

describe('retyped figures', () => {
  it('remembers a match and warns on a mismatch without remembering it', async () => {
    const t = await setup();
    const wrong = await call(t.core, 'checklists.checkFigure', { briefId: t.brief.id, figure: '£8,000', retyped: '80,000' });
    expect(wrong).toMatchObject({ match: false, first: 8000, second: 80000 });
    expect(wrong.state.figureChecks).toEqual([]);
    const right = await call(t.core, 'checklists.checkFigure', { briefId: t.brief.id, figure: '£8,000', retyped: '8k' });
    expect(right.match).toBe(true);
    expect(right.state.figureChecks).toEqual([{ value: 8000, phrase: '£8,000', checkedAt: '2026-03-02T10:00:00.000Z' }]);
    await call(t.core, 'checklists.checkFigure', { briefId: t.brief.id, figure: '£8,000', retyped: '8000' });
    expect((await call(t.core, 'checklists.forBrief', { briefId: t.brief.id })).figureChecks).toHaveLength(1);
  });
});

describe('before you say yes', () => {
  const base = (clientId: string, briefId: string | null) => ({
    clientId,
    briefId,
    question: 'Can you delete the Newsletters label? On holiday, thx',
    channel: 'chat' as const,
    receivedAt: '2026-03-02T09:58:00.000Z',
    checks: { affects: 'About 6,000 emails', undo: 'Bin keeps them 30 days', backup: 'No', agreed: 'Not in the brief' },
    decision: 'not-yet' as const,
    reply: 'Happy to. Which emails should stay?',
  });

  it('saves the client’s words exactly as a received entry, and the answer as a sent one, in one write', async () => {
    const t = await setup();
    const { question, answer } = await call(t.core, 'quickQuestions.record', {
      ...base(t.client.id, t.brief.id),
      question: '  Can you delete the Newsletters label? On holiday, thx ',
    });
    const shared = { clientId: t.client.id, briefId: t.brief.id, channel: 'chat', sourceRef: 'Before you say yes', confirmedInWriting: false };
    expect(question).toMatchObject({
      ...shared,
      direction: 'received',
      receivedAt: '2026-03-02T09:58:00.000Z',
      words: 'Can you delete the Newsletters label? On holiday, thx',
    });
    expect(answer).toMatchObject({ ...shared, direction: 'sent' });
    expect(answer.receivedAt >= question.receivedAt).toBe(true);
    expect(answer.words.startsWith('My answer: Not yet')).toBe(true);
    expect(answer.words).toContain('What I replied: Happy to. Which emails should stay?');
    expect(answer.words).toContain('Is there a backup? No');
    expect((await call(t.core, 'paperTrail.list', { clientId: t.client.id })).map((e) => e.id)).toEqual([question.id, answer.id]);
    // Both in the one journal line: a crash cannot keep the question without the answer.
    const journal = readFileSync(join(t.dataDir, 'steadyhand.journal'), 'utf8').trim().split('\n');
    const last = journal[journal.length - 1]!;
    expect(last).toContain(question.id);
    expect(last).toContain(answer.id);
  });

  it('does not log the client’s words again when they are already in the paper trail', async () => {
    const t = await setup();
    const logged = await call(t.core, 'paperTrail.add', {
      clientId: t.client.id,
      briefId: t.brief.id,
      fields: trailInput('Can you delete the label?', '2026-03-01T08:00:00.000Z'),
    });
    const { question, answer } = await call(t.core, 'quickQuestions.record', {
      ...base(t.client.id, t.brief.id),
      question: logged.words,
      receivedAt: logged.receivedAt,
      questionEntryId: logged.id,
    });
    expect(question.id).toBe(logged.id);
    expect(answer).toMatchObject({ direction: 'sent', briefId: t.brief.id });
    expect((await call(t.core, 'paperTrail.list', { clientId: t.client.id })).map((e) => e.id)).toEqual([logged.id, answer.id]);
    // Same words at the same time without naming the entry: still one copy.
    const again = await call(t.core, 'quickQuestions.record', {
      ...base(t.client.id, t.brief.id),
      question: ' Can you delete the label? ',
      receivedAt: logged.receivedAt,
    });
    expect(again.question.id).toBe(logged.id);
    expect((await call(t.core, 'paperTrail.list', { clientId: t.client.id })).filter((e) => e.direction === 'received')).toHaveLength(1);
  });

  it('refuses to reuse a message of another client, or one the VA sent, and changes nothing', async () => {
    const t = await setup();
    const omars = await call(t.core, 'paperTrail.add', { clientId: t.other.id, briefId: null, fields: trailInput('Other words') });
    const sent = await call(t.core, 'paperTrail.add', { clientId: t.client.id, briefId: null, fields: { ...trailInput('My reply'), direction: 'sent' } });
    const before = sha256(t.dataFile);
    for (const id of [omars.id, sent.id]) {
      expect(await callError(t.core, 'quickQuestions.record', { ...base(t.client.id, null), questionEntryId: id })).toMatchObject({ code: 'invalid_input' });
    }
    expect(await callError(t.core, 'quickQuestions.record', { ...base(t.client.id, null), questionEntryId: 'nope' })).toMatchObject({ code: 'not_found' });
    expect(sha256(t.dataFile)).toBe(before);
  });

  it('needs the four questions answered before a yes', async () => {
    const t = await setup();
    const error = await callError(t.core, 'quickQuestions.record', {
      ...base(t.client.id, null),
      decision: 'yes',
      checks: { affects: 'x', undo: '', backup: ' ', agreed: 'y' },
    });
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(Object.keys(error.details?.fields ?? {})).toEqual(['checks.undo', 'checks.backup']);
    const yes = await call(t.core, 'quickQuestions.record', { ...base(t.client.id, null), decision: 'yes' });
    expect(yes.answer.words).toContain('My answer: Yes, go ahead.');
  });

  it('refuses a brief of another client', async () => {
    const t = await setup();
    expect(await callError(t.core, 'quickQuestions.record', base(t.other.id, t.brief.id))).toMatchObject({ code: 'invalid_input' });
  });
});

describe('older files', () => {
  it('open with the built-in checklist, and their briefs gain an empty one', async () => {
    const dataDir = await tempDir();
    const at = '2026-01-05T10:00:00.000Z';
    writeFileSync(
      join(dataDir, DATA_FILE),
      JSON.stringify({
        schemaVersion: SCHEMA_VERSION,
        clients: [{ ...clientInput('Old Client'), id: 'c1', createdAt: at, updatedAt: at, trashedAt: null, trashBatchId: null }],
        briefs: [
          {
            ...briefInput('Old brief'),
            id: 'b1',
            createdAt: at,
            updatedAt: at,
            trashedAt: null,
            trashBatchId: null,
            clientId: 'c1',
            status: 'in-progress',
            deliveredOn: null,
            snapshots: [],
          },
        ],
        paperTrail: [],
      }),
    );
    const t = await openTestCore({ dataDir });
    const state = await call(t.core, 'checklists.forBrief', { briefId: 'b1' });
    expect(state.items).toHaveLength(BUILT_IN_CHECKLIST.length);
    expect(state.override).toBeNull();
    expect((await call(t.core, 'briefs.get', { id: 'b1' })).checklist).toEqual({ items: [], override: null, confirmedEntryId: null });
  });
});
