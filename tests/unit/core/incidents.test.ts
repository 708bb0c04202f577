// The incident flow's back end against a real data file: autosave, advancing, the timeline, actions, trash.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/createCore';
import { MemorySettings } from '../../../electron/core/settings/settingsPort';
import { defaultSettings } from '../../../shared/model/settings';
import { briefInput, call, callError, clientInput, fakeClock, openTestCore, readJson, trailInput } from './helpers';

async function story(core: Core) {
  const client = await call(core, 'clients.create', { fields: clientInput('Harriet Lane', { contract: { ...clientInput('x').contract, conformityDays: 3 } }) });
  const brief = await call(core, 'briefs.create', { clientId: client.id, fields: briefInput('Inbox tidy') });
  await call(core, 'briefs.setStatus', { id: brief.id, status: 'in-progress', overrideReason: 'She needed it the same day.' });
  await call(core, 'briefs.setStatus', { id: brief.id, status: 'delivered', deliveredOn: '2026-11-19' });
  const instruction = await call(core, 'paperTrail.add', {
    clientId: client.id,
    briefId: brief.id,
    fields: { ...trailInput('Please delete the Newsletters label but keep the emails.', '2026-11-16T09:00:00Z'), confirmedInWriting: true },
  });
  return { client, brief, instruction };
}

/** Answers the harm question and "What happened" page by page, as the screens do. */
async function answerHappened(core: Core, id: string, spottedBy: 'me' | 'client' | 'someone-else', harmOngoing: boolean, beforeFacts?: () => Promise<unknown>) {
  const step = 'happened' as const;
  await call(core, 'incidents.advance', { id, step, screen: 'happened.ongoing', answers: { harmOngoing } });
  await beforeFacts?.();
  await call(core, 'incidents.advance', {
    id,
    step,
    screen: 'happened.what',
    answers: { description: 'Deleted the Newsletters label and its 6,000 emails.', happenedOn: '2026-11-18', reportedOn: '2026-11-23' },
  });
  return call(core, 'incidents.advance', {
    id,
    step,
    screen: 'happened.impact',
    answers: { spottedBy, impacts: ['data', 'data'], impactAmount: '6,000 emails' },
  });
}

describe('incidents', () => {
  it('starts from a brief with the client, the brief and its delivery date filled in', async () => {
    const clock = fakeClock('2026-11-23T09:30:00.000Z');
    const { core } = await openTestCore({ now: clock.now });
    const { client, brief } = await story(core);
    const incident = await call(core, 'incidents.start', { briefId: brief.id, breathing: 'skipped' });
    // "When did it happen?" is left to follow the report date, which defaults to today.
    expect(incident.answers.happened).toMatchObject({
      clientId: client.id,
      briefId: brief.id,
      deliveredOn: '2026-11-19',
      reportedOn: '2026-11-23',
      happenedOn: null,
    });
    expect(incident).toMatchObject({ status: 'open', currentScreen: 'happened.ongoing', completedScreens: ['pause'] });
    expect(incident.timeline.map((t) => t.text)).toEqual(['Started the incident from the brief “Inbox tidy”.', 'Skipped the breathing exercise.']);
    expect(incident.timeline[0]!.at).toBe('2026-11-23T09:30:00.000Z');
  });

  it('autosaves a draft with nothing required, and keeps it across a restart', async () => {
    const t = await openTestCore();
    const incident = await call(t.core, 'incidents.start', { breathing: 'completed' });
    await call(t.core, 'incidents.saveStep', { id: incident.id, step: 'happened', answers: { description: 'I paid the wrong' } });
    const again = await t.reopen();
    const loaded = await call(again.core, 'incidents.get', { id: incident.id });
    expect(loaded.answers.happened.description).toBe('I paid the wrong');
    expect(loaded.currentScreen).toBe('happened.ongoing');
    expect(loaded.timeline.at(-1)!.text).toBe('Took a minute to breathe.');
  });

  it('refuses to move on without what the page needs, names the fields, and changes nothing', async () => {
    const { core } = await openTestCore();
    const { brief } = await story(core);
    const incident = await call(core, 'incidents.start', { briefId: brief.id, breathing: 'skipped' });
    const before = await call(core, 'incidents.advance', { id: incident.id, step: 'happened', screen: 'happened.ongoing', answers: { harmOngoing: false } });
    const error = await callError(core, 'incidents.advance', {
      id: incident.id,
      step: 'happened',
      screen: 'happened.what',
      answers: { description: '  ', reportedOn: null },
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: 'Say what happened, in a sentence or two.',
      details: { fields: { description: expect.any(String), reportedOn: 'Enter the date it was reported or spotted.' } },
    });
    const stored = await call(core, 'incidents.get', { id: incident.id });
    expect(stored.currentScreen).toBe('happened.what');
    // What was typed stays on screen and is saved by the autosave (saveStep), not by a refused advance.
    expect(stored).toEqual(before);
  });

  it('will not skip ahead to a question that does not apply yet', async () => {
    const { core } = await openTestCore();
    const incident = await call(core, 'incidents.start', { breathing: 'skipped' });
    expect(await callError(core, 'incidents.goTo', { id: incident.id, screen: 'remedy' })).toMatchObject({ code: 'conflict' });
    expect(await callError(core, 'incidents.advance', { id: incident.id, step: 'talk', screen: 'talk.plan', answers: { channel: 'call' } })).toMatchObject({
      code: 'conflict',
    });
    expect(await callError(core, 'incidents.advance', { id: incident.id, step: 'talk', screen: 'happened.who', answers: {} })).toMatchObject({
      code: 'invalid_input',
    });
  });

  it('takes the report date as the day it happened, and asks before a day after the report', async () => {
    const { core } = await openTestCore();
    const { brief } = await story(core);
    const { id } = await call(core, 'incidents.start', { briefId: brief.id, breathing: 'skipped' });
    await call(core, 'incidents.advance', { id, step: 'happened', screen: 'happened.ongoing', answers: { harmOngoing: false } });
    const e = await callError(core, 'incidents.advance', {
      id,
      step: 'happened',
      screen: 'happened.what',
      answers: { description: 'Deleted a label.', reportedOn: '2026-11-19', happenedOn: '2026-11-20' },
    });
    expect(e.details?.fields).toHaveProperty('happenedAfterReport');
    let i = await call(core, 'incidents.advance', {
      id,
      step: 'happened',
      screen: 'happened.what',
      answers: { description: 'Deleted a label.', reportedOn: '2026-11-19', happenedOn: null },
    });
    expect(i.answers.happened.happenedOn).toBe('2026-11-19');
    await call(core, 'incidents.goTo', { id, screen: 'happened.what' });
    i = await call(core, 'incidents.advance', {
      id,
      step: 'happened',
      screen: 'happened.what',
      answers: { happenedOn: '2026-11-20', happenedAfterReport: true },
    });
    expect(i.answers.happened.happenedOn).toBe('2026-11-20');
  });

  it('reads an incident stored before the resolution date and the date question existed', async () => {
    const t = await openTestCore();
    const i = await call(t.core, 'incidents.start', { breathing: 'skipped' });
    await t.core.close();
    const doc = readJson(t.dataFile) as {
      incidents: { answers: { happened: Record<string, unknown>; close: Record<string, unknown> }; currentScreen: string }[];
    };
    delete doc.incidents[0]!.answers.happened.happenedAfterReport;
    delete doc.incidents[0]!.answers.close.resolvedOn;
    doc.incidents[0]!.currentScreen = 'talk.feelings';
    writeFileSync(t.dataFile, JSON.stringify(doc));
    const again = await t.reopen();
    const loaded = await call(again.core, 'incidents.get', { id: i.id });
    expect(loaded.answers.happened.happenedAfterReport).toBe(false);
    expect(loaded.answers.close.resolvedOn).toBeNull();
    expect(loaded.currentScreen).toBe('talk.feelings');
  });

  it('resumes an incident stored by the longer flow at the page that holds its question now', async () => {
    const t = await openTestCore();
    const { brief } = await story(t.core);
    const { id } = await call(t.core, 'incidents.start', { briefId: brief.id, breathing: 'skipped' });
    await call(t.core, 'incidents.saveStep', {
      id,
      step: 'happened',
      answers: { description: 'Deleted a label.', reportedOn: '2026-11-19', harmOngoing: false },
    });
    await t.core.close();
    const doc = readJson(t.dataFile) as { incidents: { currentScreen: string; completedScreens: string[] }[] };
    Object.assign(doc.incidents[0]!, { currentScreen: 'happened.dates', completedScreens: ['pause', 'happened.who', 'happened.what'] });
    writeFileSync(t.dataFile, JSON.stringify(doc));
    const again = await t.reopen();
    const i = await call(again.core, 'incidents.advance', { id, step: 'happened', screen: 'happened.dates', answers: {} });
    expect(i.currentScreen).toBe('happened.impact');
  });

  it('checks that the brief belongs to the chosen client', async () => {
    const { core } = await openTestCore();
    const { brief } = await story(core);
    const other = await call(core, 'clients.create', { fields: clientInput('Tom') });
    const incident = await call(core, 'incidents.start', { breathing: 'skipped' });
    const error = await callError(core, 'incidents.saveStep', { id: incident.id, step: 'happened', answers: { clientId: other.id, briefId: brief.id } });
    expect(error).toMatchObject({ code: 'invalid_input', details: { fields: { briefId: expect.stringContaining('another client') } } });
  });

  it('goes to the paper trail first when the client spotted it, and decides the remedy from the contract and the holiday region', async () => {
    const clock = fakeClock('2026-11-23T10:00:00.000Z');
    const { core } = await openTestCore({ now: clock.now });
    const { brief, instruction } = await story(core);
    const { id } = await call(core, 'incidents.start', { briefId: brief.id, breathing: 'skipped' });
    const after = await answerHappened(core, id, 'client', false);
    expect(after.currentScreen).toBe('paperTrail');
    expect(after.answers.happened.impacts).toEqual(['data']);
    // The severity was left to its suggestion from the impact (data: high).
    expect(after.timeline.at(-1)!.text).toContain('Spotted first by the client. Affects data (6,000 emails). Severity: high. Harm not ongoing.');

    const e = await callError(core, 'incidents.advance', { id, step: 'paperTrail', screen: 'paperTrail', answers: { verdict: 'as-instructed' } });
    expect(e.details?.fields).toHaveProperty('instructionEntryId');
    // The invoice is left as recommended ("keep"), so Continue costs nothing.
    const i = await call(core, 'incidents.advance', {
      id,
      step: 'paperTrail',
      screen: 'paperTrail',
      answers: { verdict: 'my-error', instructionEntryId: instruction.id },
    });
    expect(i.answers.remedy.invoice).toBe('keep');
    expect(i.remedyOutcome).toMatchObject({
      remedy: 'free-fix',
      insideWindow: true,
      closesOn: '2026-11-24',
      conformityDays: 3,
      region: 'GB-ENG',
      billable: false,
    });
    expect(i.currentScreen).toBe('talk.plan');
    expect(i.timeline.at(-1)!.text).toMatch(
      /^Remedy: free fix, under the contract\. Delivered Thu 19 Nov; the window closes at the end of Tue 24 Nov; reported Mon 23 Nov\./,
    );

    // Going back and changing the verdict changes the remedy too, and the timeline says so.
    await call(core, 'incidents.goTo', { id, screen: 'paperTrail' });
    const changed = await call(core, 'incidents.advance', { id, step: 'paperTrail', screen: 'paperTrail', answers: { verdict: 'beyond-spec' } });
    expect(changed.remedyOutcome).toMatchObject({ remedy: 'billable-change', billable: true });
    expect(changed.timeline.at(-2)!.text).toBe('Changed. Checked the paper trail. Verdict: beyond what was agreed.');
    expect(changed.timeline.at(-1)!.text).toMatch(/^Changed\. Remedy: billable change\./);
  });

  it('saves a notice, not an apology, when the request was beyond what was agreed', async () => {
    const { core } = await openTestCore();
    const { brief } = await story(core);
    const { id } = await call(core, 'incidents.start', { briefId: brief.id, breathing: 'skipped' });
    await answerHappened(core, id, 'client', false);
    await call(core, 'incidents.advance', { id, step: 'paperTrail', screen: 'paperTrail', answers: { verdict: 'beyond-spec' } });
    const i = await call(core, 'incidents.markApologySent', {
      id,
      text: 'Thank you for asking for charts. They would be a change to the work.',
      channel: 'chat',
    });
    expect(i.timeline.at(-1)!.text).toBe('Sent the notice by chat. It is saved in the client’s paper trail.');
    const trail = await call(core, 'paperTrail.list', { briefId: brief.id });
    expect(trail.at(-1)).toMatchObject({ direction: 'sent', sourceRef: 'Sent by you (chat): your notice, from an incident' });
  });

  it('uses the VA’s holiday region from settings', async () => {
    const settings = new MemorySettings({ ...defaultSettings(), holidayRegion: '' });
    const { core } = await openTestCore({ settings });
    const { brief } = await story(core);
    const { id } = await call(core, 'incidents.start', { briefId: brief.id, breathing: 'skipped' });
    await answerHappened(core, id, 'client', false);
    await call(core, 'incidents.saveStep', { id, step: 'remedy', answers: { invoice: 'waive' } });
    const i = await call(core, 'incidents.advance', { id, step: 'paperTrail', screen: 'paperTrail', answers: { verdict: 'my-error' } });
    expect(i.remedyOutcome).toMatchObject({ region: '', closesOn: '2026-11-24' });
    expect(i.timeline.at(-1)!.text).toContain('Invoice: waive the invoice.');
  });

  it('logs containment, calls, fix steps and time, each with its time, and closes', async () => {
    const clock = fakeClock('2026-11-23T10:00:00.000Z');
    const t = await openTestCore({ now: clock.now });
    const { core } = t;
    const { brief, client } = await story(core);
    const { id } = await call(core, 'incidents.start', { briefId: brief.id, breathing: 'skipped' });
    // Containment is logged on the harm page, straight after the pause, before any other question.
    await call(core, 'incidents.saveStep', { id, step: 'happened', answers: { harmOngoing: true } });
    clock.advance(60_000);
    let i = await call(core, 'incidents.logContainment', { id, label: 'Do not empty the bin or trash', note: '' });
    expect(i.containActions[0]).toMatchObject({ at: '2026-11-23T10:01:00.000Z', label: 'Do not empty the bin or trash' });
    expect(i.timeline.at(-1)).toMatchObject({ kind: 'contain', text: 'Done: Do not empty the bin or trash.', at: '2026-11-23T10:01:00.000Z' });
    i = await answerHappened(core, id, 'me', true);
    expect(i.timeline.map((x) => x.text)).toContain('Finished stopping the harm: 1 action logged.');
    expect(i.currentScreen).toBe('fixOrAsk.choice');
    const questions = { withinBrief: true, reversible: true, needsClientDecision: false, clientAlreadyAffected: true };
    expect(
      (await callError(core, 'incidents.advance', { id, step: 'fixOrAsk', screen: 'fixOrAsk.choice', answers: { ...questions, choice: 'fix-then-inform' } }))
        .details?.fields,
    ).toHaveProperty('reason');
    i = await call(core, 'incidents.advance', {
      id,
      step: 'fixOrAsk',
      screen: 'fixOrAsk.choice',
      answers: { ...questions, choice: 'fix-then-inform', reason: 'The client asked me to just fix things like this.' },
    });
    expect(i.timeline.at(-1)!.text).toContain('The recommendation was to tell the client first');
    expect(i.currentScreen).toBe('paperTrail');

    i = await call(core, 'incidents.logCall', { id, outcome: 'Agreed to restore today.' });
    expect(i.calls).toHaveLength(1);
    i = await call(core, 'incidents.markApologySent', { id, text: 'I deleted the emails by mistake. They are restored.', channel: 'email' });
    const trail = await call(core, 'paperTrail.list', { briefId: brief.id });
    expect(trail.at(-1)).toMatchObject({
      words: 'I deleted the emails by mistake. They are restored.',
      direction: 'sent',
      sourceRef: 'Sent by you (email): your apology, from an incident',
    });
    expect(i.apologies[0]!.paperTrailEntryId).toBe(trail.at(-1)!.id);

    i = await call(core, 'incidents.addFixTask', { id, label: 'Restore the emails from the bin' });
    const task = i.fixTasks[0]!;
    i = await call(core, 'incidents.setFixTaskDone', { id, taskId: task.id, done: true });
    expect(i.fixTasks[0]!.doneAt).not.toBeNull();
    i = await call(core, 'incidents.setFixTaskDone', { id, taskId: task.id, done: true });
    expect(i.timeline.filter((x) => x.kind === 'fix-task-done')).toHaveLength(1);
    i = await call(core, 'incidents.logTime', { id, minutes: 600, note: 'typo' });
    i = await call(core, 'incidents.removeTime', { id, entryId: i.timeEntries[0]!.id });
    i = await call(core, 'incidents.logTime', { id, minutes: 45, note: 'Restoring' });
    expect(i.timeline.at(-1)!.text).toBe('Logged 45 min (not billable): “Restoring”.');
    expect(i.timeEntries.map((e) => e.removedAt === null)).toEqual([false, true]);

    i = await call(core, 'incidents.logPrevention', { id, scope: 'client', label: 'Check what a bulk delete removes', checklistItemId: null });
    expect(i.timeline.at(-1)!.text).toBe(`Added to ${client.name}’s checklist: “Check what a bulk delete removes”.`);

    // The rest of the flow, to the close.
    await call(core, 'incidents.advance', { id, step: 'paperTrail', screen: 'paperTrail', answers: { verdict: 'my-error' } });
    i = await call(core, 'incidents.advance', { id, step: 'talk', screen: 'talk.plan', answers: {} });
    // High severity: the call was recommended and, left as it was, chosen.
    expect(i.answers.talk.channel).toBe('call');
    await call(core, 'incidents.advance', { id, step: 'apologise', screen: 'apologise', answers: {} });
    i = await call(core, 'incidents.advance', {
      id,
      step: 'close',
      screen: 'close.lesson',
      answers: { resolution: 'Emails restored.', cause: 'rushed', lesson: 'Preview a bulk delete first.', resolvedOn: '2026-11-23' },
    });
    expect(i).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    expect(i.answers.close.resolvedOn).toBe('2026-11-23');
    expect(i.timeline.map((x) => x.text)).toContain('Fix: 1 of 1 step done; 45 min logged (not billable).');
    expect(i.timeline.at(-1)!.text).toBe('Closed the incident.');
    expect(await call(core, 'incidents.list', { status: 'closed' })).toHaveLength(1);
    expect(await call(core, 'incidents.list', { status: 'open' })).toHaveLength(0);

    // Closed is read-only until reopened.
    expect(await callError(core, 'incidents.addFixTask', { id, label: 'More' })).toMatchObject({ code: 'conflict' });
    i = await call(core, 'incidents.reopen', { id });
    expect(i.status).toBe('open');
    expect(i.timeline.at(-1)!.text).toBe('Reopened the incident.');

    // Every timeline entry is in time order, and on disk.
    const times = i.timeline.map((x) => x.at);
    expect([...times].sort()).toEqual(times);
    const onDisk = readJson(t.dataFile) as { incidents: { timeline: unknown[] }[] };
    expect(onDisk.incidents[0]!.timeline).toHaveLength(i.timeline.length);
  });

  it('goes to the trash, comes back and can be deleted for good', async () => {
    const { core } = await openTestCore();
    const { brief } = await story(core);
    const { id } = await call(core, 'incidents.start', { briefId: brief.id, breathing: 'skipped' });
    await call(core, 'incidents.saveStep', { id, step: 'happened', answers: { description: 'Deleted the label' } });
    const receipt = await call(core, 'incidents.trash', { id });
    expect(receipt).toMatchObject({ label: 'Deleted the label', recordCount: 1 });
    expect(await call(core, 'incidents.list', {})).toHaveLength(0);
    expect(await callError(core, 'incidents.get', { id })).toMatchObject({ code: 'not_found' });
    const items = await call(core, 'trash.list', {});
    expect(items).toContainEqual(expect.objectContaining({ kind: 'incident', label: 'Deleted the label', detail: 'Incident for Harriet Lane' }));
    await call(core, 'trash.restore', { batchId: receipt.batchId });
    expect(await call(core, 'incidents.list', {})).toHaveLength(1);
    const again = await call(core, 'incidents.trash', { id });
    await call(core, 'trash.purge', { batchId: again.batchId });
    expect(await call(core, 'trash.list', {})).toHaveLength(0);
    expect(await callError(core, 'trash.restore', { batchId: again.batchId })).toMatchObject({ code: 'not_found' });
  });

  it('asks for the client before an apology can go into the paper trail', async () => {
    const { core } = await openTestCore();
    const { id } = await call(core, 'incidents.start', { breathing: 'skipped' });
    expect(await callError(core, 'incidents.markApologySent', { id, text: 'Sorry', channel: 'email' })).toMatchObject({ code: 'conflict' });
  });
});
