// The summaries back end against a real data file: saved wording, the allow-listed facts, and every output
// (PDF, HTML, print, clipboard) through a recording output port and scripted save dialogs.
import { cpSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/createCore';
import type { DocumentOutputPort } from '../../../electron/core/summaries/documentOutput';
import { MemorySettings } from '../../../electron/core/settings/settingsPort';
import type { PaperSize } from '../../../shared/model/settings';
import { defaultSettings } from '../../../shared/model/settings';
import { briefInput, call, callError, clientInput, fakeClock, openTestCore, readJson, recordingFs, scriptedDialogs, tempDir } from './helpers';

class RecordingOutput implements DocumentOutputPort {
  printed: { html: string; paper: PaperSize }[] = [];
  rendered: { html: string; paper: PaperSize }[] = [];
  copied: string[] = [];
  answerPrint = true;
  async printHtml(html: string, paper: PaperSize) {
    this.printed.push({ html, paper });
    return this.answerPrint;
  }
  async pdfFromHtml(html: string, paper: PaperSize) {
    this.rendered.push({ html, paper });
    return new TextEncoder().encode(`%PDF-fake ${html.length}`);
  }
  async copyText(text: string) {
    this.copied.push(text);
  }
}

async function labelStory(core: Core) {
  const client = await call(core, 'clients.create', { fields: clientInput('Grace Lin', { notes: 'INTERNAL-MARKER-client-notes' }) });
  const brief = await call(core, 'briefs.create', {
    clientId: client.id,
    fields: briefInput('Tidy the newsletter inbox', { summary: 'INTERNAL-MARKER-brief-summary' }),
  });
  const incident = await call(core, 'incidents.start', { briefId: brief.id, breathing: 'skipped' });
  const id = incident.id;
  await call(core, 'incidents.saveStep', {
    id,
    step: 'happened',
    answers: { description: 'I deleted the labels your filters used.', impacts: ['data'], impactAmount: '14 labels' },
  });
  await call(core, 'incidents.saveStep', { id, step: 'paperTrail', answers: { verdict: 'my-error', note: 'INTERNAL-MARKER-verdict-note' } });
  await call(core, 'incidents.saveStep', {
    id,
    step: 'close',
    answers: { resolution: 'All labels are back.', lesson: 'I check filters first.', causeDetail: 'INTERNAL-MARKER-cause' },
  });
  const task = await call(core, 'incidents.addFixTask', { id, label: 'Restored the labels' });
  await call(core, 'incidents.setFixTaskDone', { id, taskId: task.fixTasks[0]!.id, done: true });
  await call(core, 'incidents.logTime', { id, minutes: 45, note: 'INTERNAL-MARKER-time-note' });
  await call(core, 'incidents.logContainment', { id, label: 'Paused the clean-up', note: 'INTERNAL-MARKER-contain-note' });
  return { client, brief, id };
}

async function setup() {
  const clock = fakeClock('2026-11-22T10:00:00.000Z');
  const output = new RecordingOutput();
  const dialogs = scriptedDialogs();
  const settings = new MemorySettings({
    ...defaultSettings(),
    paperSize: 'letter',
    profile: { ...defaultSettings().profile, name: 'Alex Morgan', businessName: 'Morgan VA Services' },
  });
  const t = await openTestCore({ now: clock.now, documentOutput: output, dialogs, settings });
  const story = await labelStory(t.core);
  return { ...t, ...story, output, dialogs, clock };
}

describe('summaries', () => {
  it('hands the screen only allow-listed facts, with defaults before anything is saved', async () => {
    const { core, id, dataFile } = await setup();
    const view = await call(core, 'summaries.get', { incidentId: id });
    expect(view).toMatchObject({
      incidentId: id,
      paper: 'letter',
      today: '2026-11-22',
      incidentStatus: 'open',
      record: { edits: {}, includeTimeSpent: false, exports: [] },
    });
    expect(view.facts.client).toEqual({ name: 'Grace Lin', business: '' });
    expect(view.facts.briefTitle).toBe('Tidy the newsletter inbox');
    expect(JSON.stringify(view)).not.toContain('INTERNAL-MARKER');
    expect((readJson(dataFile) as { incidentSummaries: unknown[] }).incidentSummaries).toEqual([]);
  });

  it('saves the VA’s wording durably, and null goes back to the wording from the incident', async () => {
    const { core, id, reopen } = await setup();
    await call(core, 'summaries.update', { incidentId: id, edits: { happened: 'My words.', title: 'About the labels' }, includeTimeSpent: true });
    const again = await reopen();
    const view = await call(again.core, 'summaries.get', { incidentId: id });
    expect(view.record).toMatchObject({ edits: { happened: 'My words.', title: 'About the labels' }, includeTimeSpent: true });
    const record = await call(again.core, 'summaries.update', { incidentId: id, edits: { happened: null } });
    expect(record.edits).toEqual({ title: 'About the labels' });
  });

  it('saves wording and exports to the journal, not as a rewrite of the whole data file', async () => {
    const fs = recordingFs();
    const t = await openTestCore({ fs, documentOutput: new RecordingOutput() });
    const { id } = await labelStory(t.core);
    fs.log.length = 0;
    await call(t.core, 'summaries.update', { incidentId: id, edits: { happened: 'My words.' } });
    await call(t.core, 'summaries.copy', { incidentId: id, format: 'markdown' });
    expect(fs.log.filter((e) => e.op === 'rename' && e.to === t.dataFile)).toEqual([]);
    expect(fs.log.some((e) => e.op === 'write' && e.path.endsWith('steadyhand.journal'))).toBe(true);
    // A crash now (no close, so nothing folded into the snapshot) keeps both.
    const copy = await tempDir();
    cpSync(t.dataDir, copy, { recursive: true, filter: (path) => !path.endsWith('steadyhand.lock') });
    const again = await openTestCore({ dataDir: copy });
    const view = await call(again.core, 'summaries.get', { incidentId: id });
    expect(view.record.edits).toEqual({ happened: 'My words.' });
    expect(view.record.exports.map((e) => e.kind)).toEqual(['markdown']);
  });

  it('refuses an unknown incident and an unknown section', async () => {
    const { core, id } = await setup();
    expect(await callError(core, 'summaries.get', { incidentId: 'nope' })).toMatchObject({ code: 'not_found' });
    expect(await callError(core, 'summaries.update', { incidentId: id, edits: { verdict: 'x' } })).toMatchObject({ code: 'invalid_input' });
    expect(await callError(core, 'summaries.update', { incidentId: id, edits: { happened: 'x'.repeat(5_001) } })).toMatchObject({ code: 'invalid_input' });
  });

  it('exports a PDF where the VA chose, with the default name, and remembers it', async () => {
    const { core, id, output, dialogs } = await setup();
    const dir = await tempDir();
    const asked: string[] = [];
    const choose = dialogs.chooseSavePath;
    dialogs.chooseSavePath = async (o) => (asked.push(o.defaultName), choose(o));
    dialogs.savePaths.push(join(dir, 'summary.pdf'));
    const saved = await call(core, 'summaries.exportPdf', { incidentId: id, edits: { status: 'Sorted, with thanks for your patience.' } });
    expect(saved).toEqual({ fileName: 'summary.pdf' });
    expect(asked).toEqual(['Incident summary - Grace Lin - 2026-11-22.pdf']);
    expect(new TextDecoder().decode(await readFile(join(dir, 'summary.pdf')))).toMatch(/^%PDF-fake/);
    expect(output.rendered).toHaveLength(1);
    expect(output.rendered[0]!.paper).toBe('letter');
    // The latest wording from the screen is saved first, then printed.
    expect(output.rendered[0]!.html).toContain('Sorted, with thanks for your patience.');
    expect(output.rendered[0]!.html).not.toContain('INTERNAL-MARKER');
    const view = await call(core, 'summaries.get', { incidentId: id });
    expect(view.record.exports).toEqual([{ id: expect.any(String), kind: 'pdf', fileName: 'summary.pdf', at: '2026-11-22T10:00:00.000Z' }]);
    expect(view.record.edits.status).toBe('Sorted, with thanks for your patience.');
  });

  it('saves HTML through the dialog, and a cancelled dialog saves nothing and remembers nothing', async () => {
    const { core, id, dialogs, output } = await setup();
    const dir = await tempDir();
    dialogs.savePaths.push(null, join(dir, 'summary.html'));
    expect(await call(core, 'summaries.exportPdf', { incidentId: id })).toBeNull();
    expect(output.rendered).toEqual([]);
    expect(await call(core, 'summaries.saveHtml', { incidentId: id, includeTimeSpent: true })).toEqual({ fileName: 'summary.html' });
    const html = await readFile(join(dir, 'summary.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('I deleted the labels your filters used.');
    expect(html).toContain('Time spent putting this right: 45 min.');
    expect(html).not.toContain('INTERNAL-MARKER');
    expect((await call(core, 'summaries.get', { incidentId: id })).record.exports.map((e) => e.kind)).toEqual(['html']);
  });

  it('prints (remembering only a print that was not cancelled) and copies email text and Markdown', async () => {
    const { core, id, output } = await setup();
    expect(await call(core, 'summaries.print', { incidentId: id })).toEqual({ printed: true });
    output.answerPrint = false;
    expect(await call(core, 'summaries.print', { incidentId: id })).toEqual({ printed: false });
    expect(output.printed).toHaveLength(2);
    await call(core, 'summaries.copy', { incidentId: id, format: 'email-text' });
    await call(core, 'summaries.copy', { incidentId: id, format: 'markdown' });
    expect(output.copied[0]).toMatch(/^Incident summary: Tidy the newsletter inbox\n=+\n/);
    expect(output.copied[1]).toMatch(/^# Incident summary: Tidy the newsletter inbox\n/);
    for (const text of [...output.copied, ...output.printed.map((p) => p.html)]) expect(text).not.toContain('INTERNAL-MARKER');
    const kinds = (await call(core, 'summaries.get', { incidentId: id })).record.exports.map((e) => e.kind);
    expect(kinds).toEqual(['print', 'email-text', 'markdown']);
  });

  it('says calmly when printing is not available, and a failed write saves nothing', async () => {
    const t = await openTestCore();
    const { id } = await labelStory(t.core);
    expect(await callError(t.core, 'summaries.print', { incidentId: id })).toMatchObject({
      code: 'internal',
      message: expect.stringContaining('not available'),
    });
    const { core, id: other, dialogs } = await setup();
    dialogs.savePaths.push('/nonexistent-folder/for/sure/summary.html');
    expect(await callError(core, 'summaries.saveHtml', { incidentId: other })).toMatchObject({ code: 'storage_failed' });
    expect((await call(core, 'summaries.get', { incidentId: other })).record.exports).toEqual([]);
  });

  it('includes a screenshot from the client’s paper trail only when the VA chooses it, and never another client’s', async () => {
    const { core, id, client, dialogs, output } = await setup();
    const png = readFileSync(join(process.cwd(), 'tests/fixtures/mail/image.png')).toString('base64');
    const [captured] = await call(core, 'paperTrail.captureFiles', {
      clientId: client.id,
      briefId: null,
      files: [{ name: 'dm-screenshot.png', bytesBase64: png }],
    });
    expect(captured).toHaveProperty('entry');
    const view = await call(core, 'summaries.get', { incidentId: id });
    expect(view.attachable).toEqual([{ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), fileName: 'dm-screenshot.png', entryAt: expect.any(String) }]);
    const sha256 = view.attachable[0]!.sha256;
    expect(view.record.attachments).toEqual([]);

    // Not chosen: the document carries no image.
    const dir = await tempDir();
    dialogs.savePaths.push(join(dir, 'without.html'), join(dir, 'with.html'));
    await call(core, 'summaries.saveHtml', { incidentId: id });
    expect(await readFile(join(dir, 'without.html'), 'utf8')).not.toContain('data:image/png');

    // Chosen: the image is inline in the HTML and the PDF, and named in the email text.
    await call(core, 'summaries.update', { incidentId: id, attachments: [sha256] });
    await call(core, 'summaries.saveHtml', { incidentId: id });
    const html = await readFile(join(dir, 'with.html'), 'utf8');
    expect(html).toContain('<h2>Attached</h2>');
    expect(html).toContain(`src="data:image/png;base64,${png}"`);
    expect(html).toContain('<figcaption>dm-screenshot.png</figcaption>');
    await call(core, 'summaries.copy', { incidentId: id, format: 'email-text' });
    expect(output.copied.at(-1)).toContain('Attached: dm-screenshot.png');

    // Another client's screenshot, or a made-up one, is refused and changes nothing.
    const other = await call(core, 'clients.create', { fields: clientInput('Tom Okafor') });
    await call(core, 'paperTrail.captureFiles', {
      clientId: other.id,
      briefId: null,
      files: [{ name: 'other.png', bytesBase64: png.slice(0, -8) + 'AAAAAA==' }],
    });
    const otherSha = (await call(core, 'paperTrail.list', { clientId: other.id }))[0]!.attachments![0]!.sha256;
    expect(await callError(core, 'summaries.update', { incidentId: id, attachments: [otherSha] })).toMatchObject({ code: 'invalid_input' });
    expect(await callError(core, 'summaries.update', { incidentId: id, attachments: ['0'.repeat(64)] })).toMatchObject({ code: 'invalid_input' });
    expect((await call(core, 'summaries.get', { incidentId: id })).record.attachments).toEqual([sha256]);
  });
});
