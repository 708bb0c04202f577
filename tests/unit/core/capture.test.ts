// Capturing the paper trail from files, against the real core in temporary folders: .eml and .msg
// messages with their originals kept, screenshots and other files as evidence, duplicates refused,
// unreadable files changing nothing, and the original on disk before the entry that names it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/createCore';
import type { CaptureOutcome } from '../../../shared/operations/paperTrail';
import {
  briefInput,
  call,
  callError,
  clientInput,
  fakeClock,
  listDir,
  openTestCore,
  recordingFs,
  scriptedDialogs,
  storedDocument,
  storedHash,
  tempDir,
} from './helpers';

const MAIL = join(__dirname, '../../fixtures/mail');
const fixture = (name: string) => readFileSync(join(MAIL, name));
const file = (name: string, bytes: Uint8Array = fixture(name)) => ({ name, bytesBase64: Buffer.from(bytes).toString('base64') });
const attachmentPath = (dataDir: string, sha: string) => join(dataDir, 'attachments', sha.slice(0, 2), sha);

async function seed(core: Core) {
  const client = await call(core, 'clients.create', { fields: clientInput('Bloom & Fern') });
  const brief = await call(core, 'briefs.create', { clientId: client.id, fields: briefInput('Labels') });
  return { clientId: client.id, briefId: brief.id };
}

function entryOf(outcome: CaptureOutcome | undefined) {
  if (outcome === undefined || !('entry' in outcome)) throw new Error(`Expected an entry, got ${JSON.stringify(outcome)}`);
  return outcome.entry;
}

describe('paperTrail.captureFiles', () => {
  it('keeps an .eml as a received entry with its facts, words and byte-for-byte original', async () => {
    const { core, dataDir } = await openTestCore();
    const { clientId, briefId } = await seed(core);
    const [outcome] = await call(core, 'paperTrail.captureFiles', { clientId, briefId, files: [file('gmail-alternative.eml')] });
    const entry = entryOf(outcome);
    expect(entry).toMatchObject({
      direction: 'received',
      channel: 'email',
      receivedAt: '2026-12-01T09:14:22.000Z',
      sourceRef: 'Label sizes for Friday',
      message: {
        subject: 'Label sizes for Friday',
        from: { name: 'Sarah Lee', address: 'sarah.lee@bloomandfern.co.uk' },
        messageId: 'CAFx8Yk=abc123@mail.gmail.com',
      },
      original: { kind: 'eml', fileName: 'gmail-alternative.eml', mimeType: 'message/rfc822', size: fixture('gmail-alternative.eml').byteLength },
    });
    expect(entry.timeUnknown).toBeUndefined();
    expect(entry.words).toContain('Please print the labels at A6, not A5.');
    expect(readFileSync(attachmentPath(dataDir, entry.original!.sha256))).toEqual(fixture('gmail-alternative.eml'));
    // Stored, and read back the same after a reopen.
    expect(storedDocument(join(dataDir, 'steadyhand.json')).paperTrail.map((e) => e.id)).toContain(entry.id);
  });

  it('keeps an Outlook .msg, and marks a message from the VA’s own address as sent', async () => {
    const { core } = await openTestCore();
    const { clientId, briefId } = await seed(core);
    await call(core, 'settings.update', { profile: { email: 'SARAH.LEE@bloomandfern.co.uk' } });
    const entry = entryOf((await call(core, 'paperTrail.captureFiles', { clientId, briefId, files: [file('outlook-plain.msg')] }))[0]);
    expect(entry).toMatchObject({
      direction: 'sent',
      original: { kind: 'msg' },
      message: { messageId: 'AM0PR07MB9876@AM0PR07MB9876.eurprd07.prod.outlook.com' },
    });
  });

  it('uses the time it was added, flagged, when the message has no date', async () => {
    const clock = fakeClock('2026-12-02T15:00:00.000Z');
    const { core } = await openTestCore({ now: clock.now });
    const { clientId, briefId } = await seed(core);
    const entry = entryOf((await call(core, 'paperTrail.captureFiles', { clientId, briefId, files: [file('no-date.eml')] }))[0]);
    expect(entry).toMatchObject({ receivedAt: '2026-12-02T15:00:00.000Z', timeUnknown: true, message: { sentAt: null } });
  });

  it('keeps a PNG screenshot and a PDF as evidence entries, shown from a data URL', async () => {
    const { core, dataDir } = await openTestCore();
    const { clientId, briefId } = await seed(core);
    const [png, pdf] = await call(core, 'paperTrail.captureFiles', { clientId, briefId, files: [file('image.png'), file('document.pdf')] });
    const image = entryOf(png);
    expect(image).toMatchObject({
      words: 'Screenshot: image.png',
      timeUnknown: true,
      attachments: [{ fileName: 'image.png', mimeType: 'image/png', size: 70 }],
    });
    expect(entryOf(pdf).attachments?.[0]?.mimeType).toBe('application/pdf');
    const shown = await call(core, 'paperTrail.attachment', { sha256: image.attachments![0]!.sha256 });
    expect(shown.dataUrl).toBe(`data:image/png;base64,${fixture('image.png').toString('base64')}`);
    expect(existsSync(attachmentPath(dataDir, image.attachments![0]!.sha256))).toBe(true);
  });

  it('refuses the same message twice (same bytes, or same Message-ID in other bytes), in one drop or later', async () => {
    const { core } = await openTestCore();
    const { clientId, briefId } = await seed(core);
    const bytes = fixture('gmail-alternative.eml');
    const resaved = Buffer.concat([Buffer.from('X-Saved-By: Thunderbird\r\n'), bytes]);
    const outcomes = await call(core, 'paperTrail.captureFiles', {
      clientId,
      briefId,
      files: [file('a.eml', bytes), file('a.eml', bytes), file('b.eml', resaved)],
    });
    const first = entryOf(outcomes[0]);
    expect(outcomes.slice(1)).toEqual([
      { fileName: 'a.eml', duplicate: first.id, subject: 'Label sizes for Friday' },
      { fileName: 'b.eml', duplicate: first.id, subject: 'Label sizes for Friday' },
    ]);
    // Also from the client's general trail (no brief).
    expect((await call(core, 'paperTrail.captureFiles', { clientId, briefId: null, files: [file('a.eml', bytes)] }))[0]).toMatchObject({ duplicate: first.id });
    expect(await call(core, 'paperTrail.list', { clientId })).toHaveLength(1);
  });

  it('says a damaged message cannot be read, and writes nothing at all', async () => {
    const { core, dataDir } = await openTestCore();
    const { clientId, briefId } = await seed(core);
    const before = storedHash(join(dataDir, 'steadyhand.json'));
    const outcomes = await call(core, 'paperTrail.captureFiles', {
      clientId,
      briefId,
      files: [file('garbage.eml', fixture('random.bin')), file('truncated.msg')],
    });
    expect(outcomes).toHaveLength(2);
    for (const o of outcomes) expect(o).toMatchObject({ unreadable: expect.stringMatching(/could not be read as an email/) });
    expect(storedHash(join(dataDir, 'steadyhand.json'))).toBe(before);
    expect(await listDir(join(dataDir, 'attachments'))).toEqual([]);
  });

  it('refuses a file over 25 MB with its size, and bad input at the door', async () => {
    const { core } = await openTestCore();
    const { clientId, briefId } = await seed(core);
    const refused = await callError(core, 'paperTrail.captureFiles', { clientId, briefId, files: [file('huge.png', new Uint8Array(26 * 1024 * 1024))] });
    expect(refused).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/up to 25 MB/) });
    const [justOver] = await call(core, 'paperTrail.captureFiles', { clientId, briefId, files: [file('big.png', new Uint8Array(25 * 1024 * 1024 + 1))] });
    expect(justOver).toEqual({ fileName: 'big.png', unreadable: expect.stringMatching(/^“big.png” is just over 25 MB\. Files up to 25 MB can be kept/) });
    const [outcome] = await call(core, 'paperTrail.captureFiles', { clientId, briefId, files: [{ name: 'empty.eml', bytesBase64: '' }] });
    expect(outcome).toMatchObject({ unreadable: expect.stringMatching(/empty/) });
    expect((await callError(core, 'paperTrail.captureFiles', { clientId, briefId, files: [{ name: 'x.eml', bytesBase64: 'not base64!' }] })).code).toBe(
      'invalid_input',
    );
    const other = await call(core, 'clients.create', { fields: clientInput('Someone else') });
    expect((await callError(core, 'paperTrail.captureFiles', { clientId: other.id, briefId, files: [file('image.png')] })).code).toBe('invalid_input');
    expect(await call(core, 'paperTrail.list', { clientId })).toHaveLength(0);
  });

  it('writes the original durably before the journal line of its entry', async () => {
    const fs = recordingFs();
    const { core, dataDir } = await openTestCore({ fs });
    const { clientId, briefId } = await seed(core);
    fs.log.length = 0;
    const entry = entryOf((await call(core, 'paperTrail.captureFiles', { clientId, briefId, files: [file('gmail-alternative.eml')] }))[0]);
    const target = attachmentPath(dataDir, entry.original!.sha256);
    const renamed = fs.log.findIndex((e) => e.op === 'rename' && e.to === target);
    const folderSynced = fs.log.findIndex(
      (e, i) => i > renamed && e.op === 'syncDir' && e.path === join(dataDir, 'attachments', entry.original!.sha256.slice(0, 2)),
    );
    const journalWrite = fs.log.findIndex((e) => e.op === 'write' && !e.path.includes('attachments'));
    expect(renamed).toBeGreaterThanOrEqual(0);
    expect(folderSynced).toBeGreaterThan(renamed);
    expect(journalWrite).toBeGreaterThan(folderSynced);
  });

  it('a disk failure while keeping the original leaves no entry', async () => {
    const fs = recordingFs();
    const { core, dataDir } = await openTestCore({ fs });
    const { clientId, briefId } = await seed(core);
    const before = storedHash(join(dataDir, 'steadyhand.json'));
    fs.failWhen = (op, path) => op === 'sync' && path.includes('attachments');
    const reply = await core.dispatch('paperTrail.captureFiles', { clientId, briefId, files: [file('gmail-alternative.eml')] });
    expect(reply.ok).toBe(false);
    expect(storedHash(join(dataDir, 'steadyhand.json'))).toBe(before);
    expect(await call(core, 'paperTrail.list', { clientId })).toHaveLength(0);
  });
});

describe('attachments on an entry', () => {
  it('adds evidence to an entry without changing its words, and saves a copy through the dialog', async () => {
    const dialogs = scriptedDialogs();
    const { core } = await openTestCore({ dialogs });
    const { clientId, briefId } = await seed(core);
    const entry = entryOf((await call(core, 'paperTrail.captureFiles', { clientId, briefId, files: [file('gmail-alternative.eml')] }))[0]);
    const after = await call(core, 'paperTrail.attachFiles', {
      entryId: entry.id,
      files: [file('dm.png', fixture('image.png')), file('notes.txt', Buffer.from('plain notes'))],
    });
    expect(after.words).toBe(entry.words);
    expect(after.attachments?.map((a) => [a.fileName, a.mimeType])).toEqual([
      ['dm.png', 'image/png'],
      ['notes.txt', 'application/octet-stream'],
    ]);
    // Attaching the same file again adds nothing.
    expect((await call(core, 'paperTrail.attachFiles', { entryId: entry.id, files: [file('again.png', fixture('image.png'))] })).attachments).toHaveLength(2);
    // A file that cannot be shown is refused for viewing, but can be saved out.
    const notes = after.attachments![1]!;
    expect((await callError(core, 'paperTrail.attachment', { sha256: notes.sha256 })).code).toBe('invalid_input');
    const out = join(await tempDir(), 'copy.txt');
    dialogs.savePaths.push(out);
    expect(await call(core, 'paperTrail.saveAttachmentAs', { sha256: notes.sha256, fileName: notes.fileName })).toEqual({ fileName: 'copy.txt' });
    expect(readFileSync(out, 'utf8')).toBe('plain notes');
    dialogs.savePaths.push(null);
    expect(await call(core, 'paperTrail.saveAttachmentAs', { sha256: entry.original!.sha256, fileName: 'x.eml' })).toBeNull();
  });

  it('reports a missing or damaged kept file, and never reads a file no entry names', async () => {
    const { core, dataDir } = await openTestCore();
    const { clientId, briefId } = await seed(core);
    const entry = entryOf((await call(core, 'paperTrail.captureFiles', { clientId, briefId, files: [file('image.png')] }))[0]);
    const sha = entry.attachments![0]!.sha256;
    writeFileSync(attachmentPath(dataDir, sha), 'tampered');
    expect(await callError(core, 'paperTrail.attachment', { sha256: sha })).toMatchObject({
      code: 'storage_failed',
      message: expect.stringMatching(/damaged/),
    });
    expect((await callError(core, 'paperTrail.attachment', { sha256: 'a'.repeat(64) })).code).toBe('not_found');
    expect((await callError(core, 'paperTrail.attachment', { sha256: '../../etc/passwd' })).code).toBe('invalid_input');
  });
});

describe('captured text is used where the trail is used', () => {
  it('search finds words of the subject and of the body', async () => {
    const { core } = await openTestCore();
    const { clientId, briefId } = await seed(core);
    await call(core, 'paperTrail.captureFiles', { clientId, briefId, files: [file('gmail-alternative.eml')] });
    const kinds = async (text: string) => (await call(core, 'search.query', { text })).groups.map((g) => g.kind);
    expect(await kinds('courier')).toContain('paperTrail');
    expect(await kinds('Friday')).toContain('paperTrail');
  });
});
