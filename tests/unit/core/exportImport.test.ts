// Issue 14: an export carries a format marker, every kind of record and the settings; import accepts only
// Steadyhand files, counts what they hold, and an export → import on a fresh data folder gives everything back.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/createCore';
import { MemorySettings } from '../../../electron/core/settings/settingsPort';
import { defaultSettings, type Settings } from '../../../shared/model/settings';
import {
  briefInput,
  call,
  callError,
  clientInput,
  listDir,
  openTestCore,
  readJson,
  scriptedDialogs,
  START_ANYWAY,
  storedDocument,
  storedHash,
  tempDir,
  trailInput,
} from './helpers';

const vaSettings: Settings = {
  ...defaultSettings(),
  profile: {
    name: 'Amara Lewis',
    businessName: 'Lewis Admin',
    email: 'amara@example.com',
    phone: '+44 20 7946 0000',
    signature: 'Warmly,\nAmara',
    logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
  },
  defaultConformityDays: 5,
  holidayRegion: 'GB-SCT',
  theme: 'dark',
  breathingPattern: 'box',
  disabledToneRules: ['grovelling'],
  reminders: { enabled: false, quietHoursStart: '18:00', quietHoursEnd: '09:00' },
  paperSize: 'letter',
};

/** Every kind of record: clients, briefs, paper trail, an incident with a summary, a template, a checklist item. */
async function seedEverything(core: Core) {
  const client = await call(core, 'clients.create', { fields: clientInput('Grace Lin', { timezone: 'Europe/London', notes: 'Prefers mornings' }) });
  const brief = await call(core, 'briefs.create', { clientId: client.id, fields: briefInput('Tidy the newsletter inbox', { deadline: '2026-03-20' }) });
  await call(core, 'briefs.setStatus', { id: brief.id, status: 'in-progress', overrideReason: START_ANYWAY });
  await call(core, 'paperTrail.add', { clientId: client.id, briefId: brief.id, fields: trailInput('Please tidy the inbox') });
  const incident = await call(core, 'incidents.start', { briefId: brief.id, breathing: 'skipped' });
  await call(core, 'incidents.saveStep', {
    id: incident.id,
    step: 'happened',
    answers: { description: 'I deleted the labels your filters used.', impacts: ['data'], impactAmount: '14 labels' },
  });
  await call(core, 'summaries.update', { incidentId: incident.id, edits: { happened: 'My words.' }, includeTimeSpent: true });
  await call(core, 'templates.create', {
    fields: { name: 'Invoice query', situation: 'wrong-data', channel: 'chat', subject: '', body: 'Hi {{client.firstName}}, the figure was mine to check.' },
  });
  await call(core, 'checklists.addItem', {
    scope: { kind: 'global' },
    label: 'Check what a label holds first',
    why: 'Deleting a label can take its emails.',
    requiredBeforeStart: false,
  });
  await call(core, 'settings.update', vaSettings);
}

async function exportFrom(core: Core, dialogs: ReturnType<typeof scriptedDialogs>) {
  const file = join(await tempDir(), 'Steadyhand export.json');
  dialogs.savePaths.push(file);
  await call(core, 'backups.exportAll', {});
  return file;
}

describe('export → import round trip', () => {
  it('gives back every record and, when chosen, the settings, field by field, on a fresh data folder', async () => {
    const dialogs = scriptedDialogs();
    const source = await openTestCore({ dialogs });
    await seedEverything(source.core);
    const file = await exportFrom(source.core, dialogs);
    expect(readJson(file)).toMatchObject({ format: 'steadyhand-export', formatVersion: 1, settings: vaSettings });

    const targetDialogs = scriptedDialogs();
    const target = await openTestCore({ dialogs: targetDialogs, settings: new MemorySettings() });
    targetDialogs.openPaths.push(file);
    const preview = await call(target.core, 'backups.previewImport', {});
    expect(preview!.counts).toEqual({
      clients: 1,
      briefs: 1,
      paperTrail: 1,
      incidents: 1,
      templates: 1,
      checklistItems: source.core.db.data.checklistTemplate.length,
      summaries: 1,
      settings: true,
    });
    expect(preview!.current).toMatchObject({ clients: 0, briefs: 0, incidents: 0 });

    await call(target.core, 'backups.applyImport', { token: preview!.token, mode: 'replace', settings: 'file' });
    const sourceDoc = structuredClone(source.core.db.data) as unknown as Record<string, unknown[]>;
    const targetDoc = storedDocument(target.dataFile) as unknown as Record<string, unknown[]>;
    // Field by field, so a difference names the collection, the record and the field.
    expect(Object.keys(targetDoc).sort()).toEqual(Object.keys(sourceDoc).sort());
    for (const [collection, records] of Object.entries(sourceDoc)) {
      if (!Array.isArray(records)) {
        expect(targetDoc[collection], collection).toEqual(records);
        continue;
      }
      expect(targetDoc[collection], collection).toHaveLength(records.length);
      records.forEach((record, i) => {
        for (const [field, value] of Object.entries(record as Record<string, unknown>)) {
          expect((targetDoc[collection]![i] as Record<string, unknown>)[field], `${collection}[${i}].${field}`).toEqual(value);
        }
      });
    }
    const settings = await call(target.core, 'settings.get', {});
    for (const [field, value] of Object.entries(vaSettings)) expect(settings[field as keyof Settings], `settings.${field}`).toEqual(value);
    // And the core reopened on that folder sees the same.
    const reopened = await target.reopen();
    expect(structuredClone(reopened.core.db.data)).toEqual(sourceDoc);
  });

  it('keeps this computer’s settings when the VA says so', async () => {
    const dialogs = scriptedDialogs();
    const source = await openTestCore({ dialogs });
    await seedEverything(source.core);
    const file = await exportFrom(source.core, dialogs);
    const targetDialogs = scriptedDialogs();
    const target = await openTestCore({ dialogs: targetDialogs });
    await call(target.core, 'settings.update', { profile: { name: 'Someone else' } });
    targetDialogs.openPaths.push(file);
    const preview = await call(target.core, 'backups.previewImport', {});
    await call(target.core, 'backups.applyImport', { token: preview!.token, mode: 'merge', settings: 'keep' });
    expect((await call(target.core, 'settings.get', {})).profile.name).toBe('Someone else');
    expect((await call(target.core, 'clients.list', {})).map((c) => c.name)).toEqual(['Grace Lin']);
  });
});

describe('import accepts only Steadyhand files', () => {
  it.each([
    ['an unrelated JSON object', JSON.stringify({ hello: 'world' })],
    ['a bare array', '[1, 2, 3]'],
    ['an empty object', '{}'],
    ['another app’s backup', JSON.stringify({ version: 3, accounts: [], transactions: [{ id: 't1', amount: 12 }] })],
    [
      'another app’s export with a format field',
      JSON.stringify({ format: 'actual-budget-export', data: { schemaVersion: 1, clients: [], briefs: [], paperTrail: [] } }),
    ],
    ['a document missing its lists', JSON.stringify({ schemaVersion: 1, clients: [] })],
    [
      'an export from a newer format',
      JSON.stringify({ format: 'steadyhand-export', formatVersion: 2, data: { schemaVersion: 1, clients: [], briefs: [], paperTrail: [] } }),
    ],
    [
      'an export with broken settings',
      JSON.stringify({
        format: 'steadyhand-export',
        formatVersion: 1,
        data: { schemaVersion: 1, clients: [], briefs: [], paperTrail: [] },
        settings: { theme: 'neon' },
      }),
    ],
  ])('refuses %s with a clear reason and changes nothing', async (_label, content) => {
    const dialogs = scriptedDialogs();
    const { core, dataFile, backupsDir } = await openTestCore({ dialogs });
    await call(core, 'clients.create', { fields: clientInput('Ada') });
    await core.db.settled();
    const before = storedHash(dataFile);
    const backupsBefore = await listDir(backupsDir);
    const file = join(await tempDir(), 'other.json');
    writeFileSync(file, content);
    dialogs.openPaths.push(file);

    const error = await callError(core, 'backups.previewImport', {});
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/Nothing was changed\.$/);
    expect(error.message).not.toMatch(/position|Unexpected token|undefined/);
    expect(storedHash(dataFile)).toBe(before);
    expect(await listDir(backupsDir)).toEqual(backupsBefore);
    expect((await call(core, 'clients.list', {})).map((c) => c.name)).toEqual(['Ada']);
  });

  it('accepts a Steadyhand backup file and an export from before the format version, with no settings', async () => {
    const dialogs = scriptedDialogs();
    const source = await openTestCore({ dialogs });
    await call(source.core, 'clients.create', { fields: clientInput('Ada') });
    const backup = await call(source.core, 'backups.create', {});
    const older = join(await tempDir(), 'older export.json');
    writeFileSync(
      older,
      JSON.stringify({ format: 'steadyhand-export', appVersion: '0.1.0', exportedAt: '2026-01-01T10:00:00.000Z', data: source.core.db.data }),
    );

    for (const path of [join(source.backupsDir, backup.name), older]) {
      const targetDialogs = scriptedDialogs();
      const target = await openTestCore({ dialogs: targetDialogs });
      targetDialogs.openPaths.push(path);
      const preview = await call(target.core, 'backups.previewImport', {});
      expect(preview!.counts).toMatchObject({ clients: 1, settings: false });
      await call(target.core, 'backups.applyImport', { token: preview!.token, mode: 'replace', settings: 'file' });
      expect((await call(target.core, 'clients.list', {})).map((c) => c.name)).toEqual(['Ada']);
    }
  });
});
