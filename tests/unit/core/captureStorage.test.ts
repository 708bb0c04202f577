// Captured files stored like everything else: they go to the trash with their entry and come back with it, a
// purge removes only files no entry names, backups carry them (each copied once), restore brings them back, and
// "Export everything" is one zip with data and files whose import refuses `../` paths and zip bombs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/createCore';
import { exportBody } from '../../../electron/core/backups/exportFile';
import { MAX_EXPORT_UNCOMPRESSED, readExportZip } from '../../../electron/core/backups/exportZip';
import type { CaptureOutcome } from '../../../shared/operations/paperTrail';
import { briefInput, call, callError, clientInput, listDir, openTestCore, recordingFs, scriptedDialogs, storedHash, tempDir } from './helpers';

const MAIL = join(__dirname, '../../fixtures/mail');
const fixture = (name: string) => readFileSync(join(MAIL, name));
const file = (name: string, bytes: Uint8Array = fixture(name)) => ({ name, bytesBase64: Buffer.from(bytes).toString('base64') });
const live = (dataDir: string, sha: string) => join(dataDir, 'attachments', sha.slice(0, 2), sha);
const backedUp = (dataDir: string, sha: string) => join(dataDir, 'backups', 'attachments', sha.slice(0, 2), sha);

function entryOf(outcome: CaptureOutcome | undefined) {
  if (outcome === undefined || !('entry' in outcome)) throw new Error(`Expected an entry, got ${JSON.stringify(outcome)}`);
  return outcome.entry;
}

async function captured(core: Core, clientName = 'Bloom & Fern') {
  const client = await call(core, 'clients.create', { fields: clientInput(clientName) });
  const brief = await call(core, 'briefs.create', { clientId: client.id, fields: briefInput('Labels') });
  const outcomes = await call(core, 'paperTrail.captureFiles', {
    clientId: client.id,
    briefId: brief.id,
    files: [file('gmail-alternative.eml'), file('image.png')],
  });
  const [email, shot] = outcomes.map(entryOf) as [ReturnType<typeof entryOf>, ReturnType<typeof entryOf>];
  return { client, brief, email, shot, emailSha: email.original!.sha256, imageSha: shot.attachments![0]!.sha256 };
}

describe('trash', () => {
  it('keeps the files while the entry is in the trash, brings them back with it, and a purge removes only unnamed files', async () => {
    const { core, dataDir } = await openTestCore();
    const { brief, emailSha, imageSha } = await captured(core);
    // The same screenshot kept by another client's entry.
    const other = await call(core, 'clients.create', { fields: clientInput('Other client') });
    await call(core, 'paperTrail.captureFiles', { clientId: other.id, briefId: null, files: [file('image.png')] });

    const receipt = await call(core, 'briefs.trash', { id: brief.id });
    expect(existsSync(live(dataDir, emailSha))).toBe(true);
    await call(core, 'trash.restore', { batchId: receipt.batchId });
    expect((await call(core, 'paperTrail.attachment', { sha256: imageSha })).dataUrl).toMatch(/^data:image\/png;base64,/);

    const again = await call(core, 'briefs.trash', { id: brief.id });
    await call(core, 'trash.purge', { batchId: again.batchId });
    expect(existsSync(live(dataDir, emailSha))).toBe(false);
    expect(existsSync(live(dataDir, imageSha))).toBe(true);
  });
});

describe('backups', () => {
  it('carry the files, copy each only once, and a restore brings back a file purged since', async () => {
    const fs = recordingFs();
    const { core, dataDir } = await openTestCore({ fs });
    const { brief, emailSha, imageSha } = await captured(core);
    const first = await call(core, 'backups.create', {});
    expect(readFileSync(backedUp(dataDir, emailSha))).toEqual(fixture('gmail-alternative.eml'));
    expect(existsSync(backedUp(dataDir, imageSha))).toBe(true);
    // The backup's JSON is written after the files it names.
    const fileRename = fs.log.findIndex((e) => e.op === 'rename' && e.to === backedUp(dataDir, emailSha));
    const jsonRename = fs.log.findIndex((e) => e.op === 'rename' && e.to === join(dataDir, 'backups', first.name));
    expect(fileRename).toBeGreaterThanOrEqual(0);
    expect(jsonRename).toBeGreaterThan(fileRename);

    fs.log.length = 0;
    await call(core, 'backups.create', {});
    expect(fs.log.filter((e) => e.op === 'open' && e.path.includes(join('backups', 'attachments')))).toEqual([]);

    const receipt = await call(core, 'briefs.trash', { id: brief.id });
    await call(core, 'trash.purge', { batchId: receipt.batchId });
    expect(existsSync(live(dataDir, emailSha))).toBe(false);
    await call(core, 'backups.restore', { name: first.name });
    expect(readFileSync(live(dataDir, emailSha))).toEqual(fixture('gmail-alternative.eml'));
    expect((await call(core, 'paperTrail.list', { briefId: brief.id })).map((e) => e.original?.sha256 ?? null)).toContain(emailSha);
  });
});

describe('export everything', () => {
  it('is one zip with the data and the files, and imports into a fresh data folder byte for byte', async () => {
    const dialogs = scriptedDialogs();
    const source = await openTestCore({ dialogs });
    const { brief, emailSha, imageSha } = await captured(source.core);
    const zip = join(await tempDir(), 'export.zip');
    dialogs.savePaths.push(zip);
    expect(await call(source.core, 'backups.exportAll', {})).toMatchObject({ fileName: 'export.zip', attachments: { included: 2, missing: 0 } });
    expect(readFileSync(zip).subarray(0, 2).toString()).toBe('PK');

    const targetDialogs = scriptedDialogs();
    const target = await openTestCore({ dialogs: targetDialogs });
    targetDialogs.openPaths.push(zip);
    const preview = await call(target.core, 'backups.previewImport', {});
    expect(preview).toMatchObject({ counts: { paperTrail: 2 } });
    await call(target.core, 'backups.applyImport', { token: preview!.token, mode: 'replace' });
    expect(readFileSync(live(target.dataDir, emailSha))).toEqual(fixture('gmail-alternative.eml'));
    expect(readFileSync(live(target.dataDir, imageSha))).toEqual(fixture('image.png'));
    const entries = await call(target.core, 'paperTrail.list', { briefId: brief.id });
    expect(entries.map((e) => e.message?.subject ?? null)).toContain('Label sizes for Friday');
  });

  it('still imports a JSON export made before the zip', async () => {
    const dialogs = scriptedDialogs();
    const { core } = await openTestCore({ dialogs });
    const source = await openTestCore();
    await call(source.core, 'clients.create', { fields: clientInput('From the old export') });
    const json = join(await tempDir(), 'old.json');
    writeFileSync(json, exportBody(source.core.db.data, await call(source.core, 'settings.get', {}), '0.1.0', new Date()));
    dialogs.openPaths.push(json);
    const preview = await call(core, 'backups.previewImport', {});
    await call(core, 'backups.applyImport', { token: preview!.token, mode: 'merge' });
    expect((await call(core, 'clients.list', {})).map((c) => c.name)).toContain('From the old export');
  });

  async function refused(zipBytes: Uint8Array, message: RegExp) {
    const dialogs = scriptedDialogs();
    const { core, dataDir } = await openTestCore({ dialogs });
    await call(core, 'clients.create', { fields: clientInput('Already here') });
    const before = storedHash(join(dataDir, 'steadyhand.json'));
    const path = join(await tempDir(), 'import.zip');
    writeFileSync(path, zipBytes);
    dialogs.openPaths.push(path);
    expect(await callError(core, 'backups.previewImport', {})).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(message) });
    expect(storedHash(join(dataDir, 'steadyhand.json'))).toBe(before);
    expect(await listDir(join(dataDir, 'attachments'))).toEqual([]);
  }

  const exportJson = async () => {
    const { core } = await openTestCore();
    return new TextEncoder().encode(exportBody(core.db.data, await call(core, 'settings.get', {}), '0.0.0-test', new Date()));
  };

  it('refuses a zip with ../ or absolute paths, and writes nothing', async () => {
    const json = await exportJson();
    await refused(
      zipSync({ 'steadyhand-export.json': json, '../../evil.sh': new TextEncoder().encode('echo hi') }),
      /files Steadyhand does not write.*Nothing was changed/,
    );
    await refused(zipSync({ 'steadyhand-export.json': json, '/etc/cron.d/x': new TextEncoder().encode('x') }), /files Steadyhand does not write/);
    await refused(zipSync({ 'steadyhand-export.json': json, 'attachments/../../x': new TextEncoder().encode('x') }), /files Steadyhand does not write/);
  });

  it('refuses a zip bomb before inflating it: one huge file, or sizes adding up past the limit', async () => {
    const json = await exportJson();
    const zeros = new Uint8Array(26 * 1024 * 1024);
    const bomb = zipSync({ 'steadyhand-export.json': json, [`attachments/${'0'.repeat(64)}`]: zeros });
    expect(bomb.byteLength).toBeLessThan(100_000);
    await refused(bomb, /larger than Steadyhand keeps/);
    // Many files each under the per-file limit, that together would unpack past the total limit.
    const many: Record<string, Uint8Array> = { 'steadyhand-export.json': json };
    const chunk = new Uint8Array(20 * 1024 * 1024);
    for (let i = 0; i < 3; i++) many[`attachments/${String(i).repeat(64)}`] = chunk;
    expect(readExportZip(zipSync(many), 50 * 1024 * 1024)).toMatchObject({ ok: false, message: expect.stringMatching(/would unpack to 60 MB/) });
    expect(MAX_EXPORT_UNCOMPRESSED).toBeLessThanOrEqual(1024 * 1024 * 1024);
  });

  it('refuses a file whose contents do not match its name, and a zip that is not an export', async () => {
    const json = await exportJson();
    await refused(
      zipSync({ 'steadyhand-export.json': json, [`attachments/${'a'.repeat(64)}`]: new TextEncoder().encode('not what the name says') }),
      /damaged/,
    );
    await refused(zipSync({ 'notes.txt': new TextEncoder().encode('hello') }), /files Steadyhand does not write/);
    await refused(zipSync({}), /not a Steadyhand export/);
  });
});
