// The template library in the core: built-ins with overrides, the VA's own templates, the trash,
// and sent messages and call logs going to the paper trail. Real lowdb files in temporary folders.
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../shared/domain/templates/builtInTemplates';
import type { TemplateFields } from '../../../shared/model/template';
import { briefInput, call, callError, clientInput, fakeClock, openTestCore, readJson } from './helpers';

const MISSED = 'builtin-missed-deadline-email';
const own = (overrides: Partial<TemplateFields> = {}): TemplateFields => ({
  name: 'Invoice query',
  situation: 'wrong-data',
  channel: 'chat',
  subject: '',
  body: 'Hi {{client.firstName}}, the figure on {{brief.title}} was mine to check. I will send the corrected one by {{fix.by}}.',
  ...overrides,
});
const storedTemplates = (dataFile: string) =>
  (readJson(dataFile) as { templates: { id: string; builtInId: string | null; trashedAt: string | null }[] }).templates;

describe('templates: the library', () => {
  it('lists every built-in without storing any of them', async () => {
    const { core, dataFile } = await openTestCore();
    const list = await call(core, 'templates.list', {});
    expect(list).toHaveLength(builtInTemplates.length);
    expect(list.every((t) => t.kind === 'built-in' && !t.edited)).toBe(true);
    await call(core, 'clients.create', { fields: clientInput('Ada') });
    expect(storedTemplates(dataFile)).toEqual([]);
  });

  it('filters by situation and channel, and searches names and words', async () => {
    const { core } = await openTestCore();
    const chats = await call(core, 'templates.list', { situation: 'late-reply', channel: 'chat' });
    expect(chats.map((t) => t.id)).toEqual(['builtin-late-reply-chat']);
    expect((await call(core, 'templates.list', { channel: 'voicemail' })).every((t) => t.channel === 'voicemail')).toBe(true);
    const found = await call(core, 'templates.list', { query: 'wrong person', channel: 'email' });
    expect(found.map((t) => t.id)).toEqual(['builtin-wrong-recipient-email']);
    await call(core, 'templates.create', { fields: own({ name: 'Quarterly figures fix' }) });
    expect((await call(core, 'templates.list', { query: 'quarterly' })).map((t) => t.name)).toEqual(['Quarterly figures fix']);
    expect(await call(core, 'templates.list', { query: 'nothing matches this' })).toEqual([]);
  });

  it('creates, updates and duplicates the VA’s own templates, durably', async () => {
    const { core, reopen } = await openTestCore();
    const created = await call(core, 'templates.create', { fields: own() });
    expect(created).toMatchObject({ kind: 'custom', edited: false, name: 'Invoice query' });
    const updated = await call(core, 'templates.update', { id: created.id, fields: own({ name: 'Invoice figure' }) });
    expect(updated).toMatchObject({ id: created.id, name: 'Invoice figure' });
    const copy = await call(core, 'templates.duplicate', { id: created.id });
    expect(copy).toMatchObject({ kind: 'custom', name: 'Invoice figure (copy)', body: own().body });
    expect(copy.id).not.toBe(created.id);

    const again = await reopen();
    expect(await call(again.core, 'templates.get', { id: created.id })).toMatchObject({ name: 'Invoice figure' });
    expect((await call(again.core, 'templates.list', { channel: 'chat', situation: 'wrong-data' })).map((t) => t.name)).toEqual([
      'Wrong data or entry (chat)',
      'Invoice figure',
      'Invoice figure (copy)',
    ]);
  });

  it('refuses unknown or mistyped placeholders with a message on the field', async () => {
    const { core, dataFile } = await openTestCore();
    await call(core, 'clients.create', { fields: clientInput('Ada') });
    const error = await callError(core, 'templates.create', { fields: own({ body: 'Hi {{client.nmae}}, sorry.' }) });
    expect(error).toMatchObject({ code: 'invalid_input', message: '{{client.nmae}} is not a placeholder Steadyhand knows. Did you mean {{client.name}}?' });
    expect(error.details?.fields).toEqual({ 'fields.body': error.message });
    const subject = await callError(core, 'templates.update', { id: MISSED, fields: { ...own(), channel: 'email', subject: 'About {{brief.titel' } });
    expect(subject.details?.fields?.['fields.subject']).toContain('not closed');
    expect(storedTemplates(dataFile)).toEqual([]);
  });
});

describe('templates: editing and resetting built-ins', () => {
  it('stores an edit of a built-in as an override under the built-in’s id, in its place', async () => {
    const { core, dataFile } = await openTestCore();
    const original = await call(core, 'templates.get', { id: MISSED });
    const edited = await call(core, 'templates.update', {
      id: MISSED,
      fields: { ...original, body: `${original.body}\n\nPS: call me any time.`, situation: 'late-reply', channel: 'chat' },
    });
    expect(edited).toMatchObject({ id: MISSED, kind: 'built-in', edited: true, situation: 'missed-deadline', channel: 'email' });
    expect((await call(core, 'templates.get', { id: MISSED })).body).toContain('PS: call me');
    await call(core, 'templates.update', { id: MISSED, fields: { ...original, body: 'Second edit {{client.name}}' } });
    expect(storedTemplates(dataFile).filter((t) => t.trashedAt === null)).toMatchObject([{ builtInId: MISSED }]);
    expect((await call(core, 'templates.list', {})).filter((t) => t.id === MISSED)).toHaveLength(1);
  });

  it('resets a built-in to our words, moving the edit to the trash so it can come back', async () => {
    const { core } = await openTestCore();
    const original = await call(core, 'templates.get', { id: MISSED });
    await call(core, 'templates.update', { id: MISSED, fields: { ...original, body: 'My own words for {{client.name}}' } });

    const reset = await call(core, 'templates.resetBuiltIn', { id: MISSED });
    expect(reset).toEqual(original);
    const [item] = await call(core, 'trash.list', {});
    expect(item).toMatchObject({ kind: 'template', label: original.name, detail: 'Your edited copy of a built-in message template', recordCount: 1 });

    await call(core, 'trash.restore', { batchId: item!.batchId });
    expect(await call(core, 'templates.get', { id: MISSED })).toMatchObject({ edited: true, body: 'My own words for {{client.name}}' });
    // Resetting a built-in that was never edited changes nothing.
    expect(await call(core, 'templates.resetBuiltIn', { id: 'builtin-late-reply-chat' })).toMatchObject({ edited: false });
  });

  it('brings a reset edit back as the VA’s own template when the built-in was edited again since', async () => {
    const { core } = await openTestCore();
    const original = await call(core, 'templates.get', { id: MISSED });
    await call(core, 'templates.update', { id: MISSED, fields: { ...original, body: 'First words' } });
    await call(core, 'templates.resetBuiltIn', { id: MISSED });
    await call(core, 'templates.update', { id: MISSED, fields: { ...original, body: 'Second words' } });
    const [item] = await call(core, 'trash.list', {});
    await call(core, 'trash.restore', { batchId: item!.batchId });
    expect((await call(core, 'templates.get', { id: MISSED })).body).toBe('Second words');
    const restored = (await call(core, 'templates.list', { situation: 'missed-deadline', channel: 'email' })).find((t) => t.kind === 'custom');
    expect(restored).toMatchObject({ name: `${original.name} (restored)`, body: 'First words' });
  });

  it('refuses to trash a built-in and to reset one of the VA’s own', async () => {
    const { core } = await openTestCore();
    expect(await callError(core, 'templates.trash', { id: MISSED })).toMatchObject({ code: 'conflict' });
    const mine = await call(core, 'templates.create', { fields: own() });
    expect(await callError(core, 'templates.resetBuiltIn', { id: mine.id })).toMatchObject({ code: 'invalid_input' });
    expect(await callError(core, 'templates.get', { id: 'builtin-nonsense' })).toMatchObject({ code: 'not_found' });
  });

  it('duplicates a built-in into a template of the VA’s own', async () => {
    const { core } = await openTestCore();
    const copy = await call(core, 'templates.duplicate', { id: MISSED });
    expect(copy).toMatchObject({ kind: 'custom', name: 'Missed deadline (email) (copy)', situation: 'missed-deadline', channel: 'email' });
  });
});

describe('templates: the trash', () => {
  it('soft-deletes the VA’s own template, restores it, and purges it for good', async () => {
    const { core, dataFile } = await openTestCore();
    const mine = await call(core, 'templates.create', { fields: own() });
    const receipt = await call(core, 'templates.trash', { id: mine.id });
    expect(receipt).toMatchObject({ label: 'Invoice query', recordCount: 1 });
    expect(await callError(core, 'templates.get', { id: mine.id })).toMatchObject({ code: 'not_found' });
    expect((await call(core, 'templates.list', {})).some((t) => t.id === mine.id)).toBe(false);
    expect(storedTemplates(dataFile)[0]?.trashedAt).not.toBeNull();
    expect(await call(core, 'trash.list', {})).toMatchObject([{ kind: 'template', recordId: mine.id, detail: 'Message template' }]);

    expect(await call(core, 'trash.restore', { batchId: receipt.batchId })).toEqual({ restored: 1 });
    expect(await call(core, 'templates.get', { id: mine.id })).toMatchObject({ name: 'Invoice query' });

    await call(core, 'templates.trash', { id: mine.id });
    const [item] = await call(core, 'trash.list', {});
    expect(await call(core, 'trash.purge', { batchId: item!.batchId })).toEqual({ purged: 1 });
    expect(storedTemplates(dataFile)).toEqual([]);
  });
});

describe('templates: the paper trail', () => {
  it('saves the final words as sent, with channel and time, to the client and the brief', async () => {
    const clock = fakeClock('2026-11-22T14:05:00.000Z');
    const { core, reopen } = await openTestCore({ now: clock.now });
    const ada = await call(core, 'clients.create', { fields: clientInput('Ada') });
    const brief = await call(core, 'briefs.create', { clientId: ada.id, fields: briefInput('March newsletter') });
    const entry = await call(core, 'templates.markSent', {
      clientId: ada.id,
      briefId: brief.id,
      templateId: MISSED,
      channel: 'email',
      subject: 'March newsletter: new delivery time',
      text: 'Hi Ada, I missed the deadline & that was my mistake.',
    });
    expect(entry).toMatchObject({
      clientId: ada.id,
      briefId: brief.id,
      channel: 'email',
      receivedAt: '2026-11-22T14:05:00.000Z',
      words: 'Subject: March newsletter: new delivery time\n\nHi Ada, I missed the deadline & that was my mistake.',
      sourceRef: 'Sent by you (email), from “Missed deadline (email)”',
    });
    const again = await reopen();
    expect(await call(again.core, 'paperTrail.list', { briefId: brief.id })).toEqual([entry]);
    expect(await call(again.core, 'paperTrail.list', { clientId: ada.id })).toEqual([entry]);
  });

  it('records a voicemail as a phone entry, and refuses a brief of another client or an empty message', async () => {
    const { core } = await openTestCore();
    const ada = await call(core, 'clients.create', { fields: clientInput('Ada') });
    const grace = await call(core, 'clients.create', { fields: clientInput('Grace') });
    const graceBrief = await call(core, 'briefs.create', { clientId: grace.id, fields: briefInput('Travel') });
    const vm = await call(core, 'templates.markSent', {
      clientId: ada.id,
      briefId: null,
      templateId: null,
      channel: 'voicemail',
      text: 'Hi Ada, it is Sam.',
      sentAt: '2026-11-22T09:00:00Z',
    });
    expect(vm).toMatchObject({ channel: 'phone', briefId: null, sourceRef: 'Sent by you (voicemail)', receivedAt: '2026-11-22T09:00:00Z' });
    expect(
      await callError(core, 'templates.markSent', { clientId: ada.id, briefId: graceBrief.id, templateId: null, channel: 'chat', text: 'Hi' }),
    ).toMatchObject({ code: 'invalid_input' });
    expect(await callError(core, 'templates.markSent', { clientId: ada.id, briefId: null, templateId: null, channel: 'chat', text: '  \n ' })).toMatchObject({
      code: 'invalid_input',
      message: 'There is nothing to save yet.',
    });
    expect(await callError(core, 'templates.markSent', { clientId: 'gone', briefId: null, templateId: null, channel: 'chat', text: 'Hi' })).toMatchObject({
      code: 'not_found',
    });
  });

  it('saves a call log with its time, outcome and notes', async () => {
    const { core } = await openTestCore();
    const ada = await call(core, 'clients.create', { fields: clientInput('Ada') });
    const entry = await call(core, 'templates.logCall', {
      clientId: ada.id,
      briefId: null,
      calledAt: '2026-11-22T11:30:00Z',
      outcome: 'spoke',
      notes: '  Ada is happy with 3pm. She asked for a copy by email.  ',
    });
    expect(entry).toMatchObject({
      channel: 'phone',
      receivedAt: '2026-11-22T11:30:00Z',
      words: 'Spoke with the client.\n\nAda is happy with 3pm. She asked for a copy by email.',
    });
    const noAnswer = await call(core, 'templates.logCall', {
      clientId: ada.id,
      briefId: null,
      calledAt: '2026-11-22T11:00:00Z',
      outcome: 'no-answer',
      notes: '',
    });
    expect(noAnswer.words).toBe('No answer.');
  });
});

describe('settings: switched-off tone rules', () => {
  it('saves the list of switched-off rules, and starts with none', async () => {
    const { core } = await openTestCore();
    expect((await call(core, 'settings.get', {})).disabledToneRules).toEqual([]);
    const saved = await call(core, 'settings.update', { disabledToneRules: ['hedging.just', 'excuse'] });
    expect(saved.disabledToneRules).toEqual(['hedging.just', 'excuse']);
    expect((await call(core, 'settings.get', {})).profile.name).toBe('');
  });
});
