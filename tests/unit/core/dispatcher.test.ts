// The dispatcher: the one door. Unknown or malformed calls are refused with an envelope and change nothing.
import { describe, expect, it } from 'vitest';
import { type OperationName, operationNames } from '../../../shared/contract';
import type { Core } from '../../../electron/core/createCore';
import { briefInput, call, callError, clientInput, listDir, openTestCore, scriptedDialogs, storedHash, trailInput } from './helpers';

const ID = 'some-id';
const trail = trailInput('Words');

/** For every operation, an input with one field of the wrong type, and the field path that must be named. */
const wrongTypes: Record<OperationName, [input: unknown, field: string]> = {
  'app.status': [{ verbose: true }, '_'],
  'app.dismissNotice': [{ id: 12 }, 'id'],
  'clients.list': [{ query: 5 }, 'query'],
  'clients.get': [{ id: null }, 'id'],
  'clients.create': [{ fields: { ...clientInput('Ada'), name: 42 } }, 'fields.name'],
  'clients.update': [
    { id: ID, fields: { ...clientInput('Ada'), contract: { ...clientInput('Ada').contract, conformityDays: 'three' } } },
    'fields.contract.conformityDays',
  ],
  'clients.trash': [{ id: ['a'] }, 'id'],
  'briefs.list': [{ status: 'finished' }, 'status'],
  'briefs.rows': [{ status: 'open' }, '_'],
  'briefs.get': [{ id: {} }, 'id'],
  'briefs.create': [{ clientId: ID, fields: { ...briefInput('T'), deadline: '2026-02-30' } }, 'fields.deadline'],
  'briefs.update': [{ id: ID, fields: { ...briefInput('T'), summary: 7 } }, 'fields.summary'],
  'briefs.setStatus': [{ id: ID, status: 'in-progress', deliveredOn: 20260301 }, 'deliveredOn'],
  'briefs.trash': [{ id: 1 }, 'id'],
  'paperTrail.list': [{ clientId: false }, 'clientId'],
  'paperTrail.add': [{ clientId: ID, briefId: null, fields: { ...trail, confirmedInWriting: 'yes' } }, 'fields.confirmedInWriting'],
  'paperTrail.correct': [{ id: ID, fields: { ...trail, receivedAt: 'yesterday' } }, 'fields.receivedAt'],
  'paperTrail.captureFiles': [{ clientId: ID, briefId: null, files: [{ name: 'a.eml', bytesBase64: 'not base64!' }] }, 'files.0.bytesBase64'],
  'paperTrail.attachFiles': [{ entryId: ID, files: [] }, 'files'],
  'paperTrail.attachment': [{ sha256: '../steadyhand.json' }, 'sha256'],
  'paperTrail.saveAttachmentAs': [{ sha256: 'a'.repeat(64), fileName: 7 }, 'fileName'],
  'trash.list': [{ all: 1 }, '_'],
  'trash.restore': [{ batchId: 3 }, 'batchId'],
  'trash.purge': [{ batchId: '' }, 'batchId'],
  'backups.list': [{ reason: 'auto' }, '_'],
  'backups.create': [{ name: 'x' }, '_'],
  'backups.restore': [{ name: '/etc/passwd' }, 'name'],
  'backups.exportAll': [{ path: '/tmp/x.json' }, '_'],
  'backups.previewImport': [{ path: '/tmp/x.json' }, '_'],
  'backups.applyImport': [{ token: ID, mode: 'overwrite' }, 'mode'],
  'settings.get': [{ key: 'theme' }, '_'],
  'settings.update': [{ theme: 'purple' }, 'theme'],
  'checklists.listTemplate': [{ scope: { kind: 'client' } }, 'scope.clientId'],
  'checklists.addItem': [{ scope: { kind: 'global' }, label: 'Check', why: '', requiredBeforeStart: 'yes' }, 'requiredBeforeStart'],
  'checklists.updateItem': [{ id: ID, fields: { label: '  ', why: '', clientQuestion: '', requiredBeforeStart: true } }, 'fields.label'],
  'checklists.retireItem': [{ id: 4 }, 'id'],
  'checklists.restoreItem': [{ id: '' }, 'id'],
  'checklists.reorder': [{ scope: { kind: 'global' }, ids: 'a,b' }, 'ids'],
  'checklists.forBrief': [{ briefId: 9 }, 'briefId'],
  'checklists.setItem': [{ briefId: ID, itemId: ID, state: 'maybe' }, 'state'],
  'checklists.addBriefItem': [{ briefId: ID, label: 'Ask', requiredBeforeStart: 'no' }, 'requiredBeforeStart'],
  'checklists.removeBriefItem': [{ briefId: ID, itemId: null }, 'itemId'],
  'checklists.confirmBrief': [{ briefId: ID, entryId: 7 }, 'entryId'],
  'checklists.confirmWithReply': [{ briefId: ID, reply: { ...trail, words: '  ' } }, 'reply.words'],
  'checklists.clearConfirmation': [{ briefId: [] }, 'briefId'],
  'checklists.checkFigure': [{ briefId: ID, figure: '£8,000', retyped: 80000 }, 'retyped'],
  'quickQuestions.record': [
    {
      clientId: ID,
      briefId: null,
      question: 'Delete it?',
      channel: 'chat',
      receivedAt: '2026-03-02T10:00:00Z',
      checks: { affects: '', undo: '', backup: '', agreed: '' },
      decision: 'maybe',
      reply: '',
    },
    'decision',
  ],
  'templates.list': [{ channel: 'fax' }, 'channel'],
  'templates.get': [{ id: 3 }, 'id'],
  'templates.create': [{ fields: { name: 'T', situation: 'oops', channel: 'email', subject: '', body: 'Hi' } }, 'fields.situation'],
  'templates.update': [{ id: ID, fields: { name: 'T', situation: 'late-reply', channel: 'email', subject: '', body: '   ' } }, 'fields.body'],
  'templates.duplicate': [{ id: '' }, 'id'],
  'templates.resetBuiltIn': [{ id: null }, 'id'],
  'templates.trash': [{ id: {} }, 'id'],
  'templates.markSent': [{ clientId: ID, briefId: null, templateId: null, channel: 'email', text: 'Hi', sentAt: 'now' }, 'sentAt'],
  'templates.logCall': [{ clientId: ID, briefId: null, calledAt: '2026-03-02T10:00:00Z', outcome: 'hung-up', notes: '' }, 'outcome'],
  'incidents.list': [{ status: 'pending' }, 'status'],
  'incidents.get': [{ id: 5 }, 'id'],
  'incidents.start': [{ briefId: null, breathing: 'maybe' }, 'breathing'],
  'incidents.saveStep': [{ id: ID, step: 'happened', answers: { severity: 'huge' } }, 'answers.severity'],
  'incidents.advance': [{ id: ID, step: 'talk', screen: 'talk.feelings', answers: { clientUpset: 9 } }, 'answers.clientUpset'],
  'incidents.goTo': [{ id: ID, screen: 'somewhere' }, 'screen'],
  'incidents.logContainment': [{ id: ID, label: '   ' }, 'label'],
  'incidents.logCall': [{ id: ID, outcome: 'Agreed', at: 'noon' }, 'at'],
  'incidents.markApologySent': [{ id: ID, text: 'Sorry', channel: 'fax' }, 'channel'],
  'incidents.addFixTask': [{ id: ID, label: 42 }, 'label'],
  'incidents.setFixTaskDone': [{ id: ID, taskId: ID, done: 'yes' }, 'done'],
  'incidents.logTime': [{ id: ID, minutes: 1.5 }, 'minutes'],
  'incidents.removeTime': [{ id: ID, entryId: null }, 'entryId'],
  'incidents.logPrevention': [{ id: ID, scope: 'team', label: 'Check', checklistItemId: null }, 'scope'],
  'incidents.reopen': [{ id: '' }, 'id'],
  'incidents.trash': [{ id: [] }, 'id'],
  'today.get': [{ date: '2026-11-20' }, '_'],
  'search.query': [{ text: 42 }, 'text'],
  'insights.get': [{ from: '2026-13-01', to: null }, 'from'],
  'reminders.check': [{ alreadyMentioned: 'all', lastShownAt: null }, 'alreadyMentioned'],
  'summaries.get': [{ incidentId: 7 }, 'incidentId'],
  'summaries.update': [{ incidentId: ID, edits: { happened: 42 } }, 'edits.happened'],
  'summaries.print': [{ incidentId: ID, includeTimeSpent: 'yes' }, 'includeTimeSpent'],
  'summaries.exportPdf': [{ incidentId: ID, edits: { verdict: 'mine' } }, 'edits'],
  'summaries.saveHtml': [{ incidentId: null }, 'incidentId'],
  'summaries.copy': [{ incidentId: ID, format: 'rtf' }, 'format'],
};

function wrongTypeFor(operation: OperationName): [input: unknown, field: string] {
  const entry = (wrongTypes as Partial<typeof wrongTypes>)[operation];
  if (entry === undefined) throw new Error(`Add “${operation}” to wrongTypes in ${import.meta.url.split('/').pop()}.`);
  return entry;
}

const notObjects: [string, unknown][] = [
  ['a number', 42],
  ['a string', 'clients'],
  ['a list', [{ id: ID }]],
  ['true', true],
];

async function seeded() {
  const dialogs = scriptedDialogs();
  const t = await openTestCore({ dialogs });
  const ada = await call(t.core, 'clients.create', { fields: clientInput('Ada') });
  await call(t.core, 'briefs.create', { clientId: ada.id, fields: briefInput('Inbox') });
  return { ...t, dialogs };
}

async function diskState(t: { core: Core; dataFile: string; dataDir: string; backupsDir: string }) {
  await t.core.db.settled(); // background backups of earlier saves finish first
  return { data: storedHash(t.dataFile), files: await listDir(t.dataDir), backups: await listDir(t.backupsDir) };
}

describe('dispatcher', () => {
  it('refuses unknown operations', async () => {
    const { core } = await openTestCore();
    for (const name of ['clients.explode', 'nothing', 'clients', '', 'constructor', 'clients.constructor', '__proto__.x', 'toString.call']) {
      expect(await callError(core, name, {})).toMatchObject({ code: 'unknown_operation' });
    }
    for (const notAName of [42, null, undefined, { op: 'clients.list' }]) {
      expect(await callError(core, notAName, {})).toMatchObject({ code: 'unknown_operation' });
    }
  });

  it('refuses a non-object input to every operation, changing nothing on disk', async () => {
    const t = await seeded();
    const before = await diskState(t);
    for (const operation of operationNames) {
      for (const [label, input] of notObjects) {
        const error = await callError(t.core, operation, input);
        expect(error.code, `${operation} with ${label}`).toBe('invalid_input');
        expect(Object.keys(error.details?.fields ?? {}).length, `${operation} with ${label}`).toBeGreaterThan(0);
      }
    }
    expect(await diskState(t)).toEqual(before);
  });

  it('refuses an extra field on every operation', async () => {
    const t = await seeded();
    const before = await diskState(t);
    for (const operation of operationNames) {
      const error = await callError(t.core, operation, { ...(wrongTypeFor(operation)[0] as object), sneaky: 'extra' });
      expect(error.code, operation).toBe('invalid_input');
    }
    for (const operation of ['clients.create', 'settings.update'] as const) {
      const valid = operation === 'clients.create' ? { fields: clientInput('Eve') } : { theme: 'dark' };
      expect(await callError(t.core, operation, { ...valid, sneaky: 'extra' })).toMatchObject({ code: 'invalid_input' });
    }
    expect(await diskState(t)).toEqual(before);
  });

  it('refuses a wrong field type on every operation, naming the field', async () => {
    const t = await seeded();
    const before = await diskState(t);
    for (const operation of operationNames) {
      const [input, field] = wrongTypeFor(operation);
      const error = await callError(t.core, operation, input);
      expect(error.code, operation).toBe('invalid_input');
      expect(error.details?.fields?.[field], `${operation}: message for ${field}`).toEqual(expect.any(String));
      expect(error.message, operation).toBe(Object.values(error.details!.fields!)[0]);
    }
    expect(await diskState(t)).toEqual(before);
  });

  it('gives messages a VA can act on', async () => {
    const { core } = await openTestCore();
    const error = await callError(core, 'clients.create', {
      fields: clientInput('   ', { email: 'ada@', contract: { ...clientInput('x').contract, currency: 'pounds' } }),
    });
    expect(error.details?.fields).toMatchObject({
      'fields.name': 'The client’s name is needed.',
      'fields.email': 'That email address does not look right.',
      'fields.contract.currency': 'Use a three-letter currency code such as GBP.',
    });
  });

  it('treats a missing input as an empty object', async () => {
    const { core } = await openTestCore();
    expect((await core.dispatch('clients.list', undefined)).ok).toBe(true);
    expect((await core.dispatch('app.status', null)).ok).toBe(true);
  });

  it('turns an unexpected error into `internal` without leaking its message or stack, and logs it', async () => {
    const logged: unknown[] = [];
    const dialogs = scriptedDialogs();
    const { core } = await openTestCore({ dialogs, log: (_m, e) => logged.push(e) });
    const secret = new TypeError('Cannot read properties of undefined (reading "x") at /home/va/secret/path.ts:12:3');
    dialogs.savePaths.push(secret);

    const reply = await core.dispatch('backups.exportAll', {});
    expect(reply).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/Something went wrong/) } });
    const text = JSON.stringify(reply);
    expect(text).not.toMatch(/secret|TypeError|reading|\.ts:\d+|stack/);
    expect(logged).toEqual([secret]);
  });

  it('never hands out references into the live document', async () => {
    const { core } = await openTestCore();
    const created = await call(core, 'clients.create', { fields: clientInput('Ada') });
    created.name = 'Changed by the caller';
    const listed = await call(core, 'clients.list', {});
    listed[0]!.name = 'Changed again';
    expect((await call(core, 'clients.get', { id: created.id })).name).toBe('Ada');
  });

  it('covers every operation in the contract with a handler', async () => {
    const { core } = await openTestCore();
    for (const operation of operationNames) {
      const reply = await core.dispatch(operation, {});
      if (!reply.ok) expect(reply.error.code, operation).not.toBe('unknown_operation');
    }
  });
});
