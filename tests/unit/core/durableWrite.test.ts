// The durable write path: temp file → fsync → rename → fsync of the folder, and a failure never costs the old file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileDurably } from '../../../electron/core/storage/durableWrite';
import { call, clientInput, type FsOp, listDir, openTestCore, recordingFs, storedHash, tempDir } from './helpers';

describe('writeFileDurably', () => {
  it('writes a temp file in the same folder, fsyncs it, renames it over the target, then fsyncs the folder', async () => {
    const dir = await tempDir();
    const target = join(dir, 'data.json');
    const fs = recordingFs();
    await writeFileDurably(fs, target, '{"hello":1}');

    const steps = fs.log.map((e) => e.op);
    expect(steps).toEqual(['open', 'write', 'sync', 'close', 'rename', 'syncDir']);
    const temp = fs.log[0]!.path;
    expect(temp).not.toBe(target);
    expect(dirname(temp)).toBe(dir);
    expect(fs.log.slice(0, 4).every((e) => e.path === temp)).toBe(true);
    expect(fs.log[4]).toEqual({ op: 'rename', path: temp, to: target });
    expect(fs.log[5]).toEqual({ op: 'syncDir', path: dir });

    expect(readFileSync(target, 'utf8')).toBe('{"hello":1}');
    expect(await listDir(dir)).toEqual(['data.json']);
  });

  it('replaces an existing file and leaves no temp files behind after many writes', async () => {
    const dir = await tempDir();
    const target = join(dir, 'data.json');
    for (let i = 0; i < 20; i++) await writeFileDurably(recordingFs(), target, `version ${i}`);
    expect(readFileSync(target, 'utf8')).toBe('version 19');
    expect(await listDir(dir)).toEqual(['data.json']);
  });

  it.each<FsOp>(['write', 'sync', 'close', 'rename', 'open'])('leaves the previous file intact when %s fails', async (failing) => {
    const dir = await tempDir();
    const target = join(dir, 'data.json');
    writeFileSync(target, 'the previous, good bytes');
    const fs = recordingFs();
    fs.failWhen = (op) => op === failing;

    await expect(writeFileDurably(fs, target, 'new bytes that never land')).rejects.toThrow(/EIO/);

    expect(readFileSync(target, 'utf8')).toBe('the previous, good bytes');
    expect(await listDir(dir)).toEqual(['data.json']);
  });

  it('accepts bytes as well as text, byte for byte', async () => {
    const dir = await tempDir();
    const target = join(dir, 'blob.bin');
    const bytes = new Uint8Array([0, 255, 10, 13, 0xc3, 0x28]);
    await writeFileDurably(recordingFs(), target, bytes);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
  });
});

describe('the core writes its data file durably', () => {
  it('acknowledges an operation only after the data file was fsynced, renamed into place and its folder fsynced', async () => {
    const fs = recordingFs();
    const { core, dataFile, dataDir } = await openTestCore({ fs });
    fs.log.length = 0;

    await call(core, 'clients.create', { fields: clientInput('Ada') }).then(() => fs.mark('acknowledged'));

    const log = fs.log;
    const renameIndex = log.findIndex((e) => e.op === 'rename' && e.to === dataFile);
    expect(renameIndex).toBeGreaterThan(0);
    const temp = log[renameIndex]!.path;
    const syncIndex = log.findIndex((e) => e.op === 'sync' && e.path === temp);
    const dirSyncIndex = log.findIndex((e, i) => i > renameIndex && e.op === 'syncDir' && e.path === dataDir);
    const ackIndex = log.findIndex((e) => e.op === 'mark' && e.path === 'acknowledged');
    expect(syncIndex).toBeGreaterThanOrEqual(0);
    expect(syncIndex).toBeLessThan(renameIndex);
    expect(dirSyncIndex).toBeGreaterThan(renameIndex);
    expect(ackIndex).toBeGreaterThan(dirSyncIndex);
    expect((await listDir(dataDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('after the first write, acknowledges a change only once its journal line is fsynced, without rewriting the data file', async () => {
    const fs = recordingFs();
    const { core, dataFile, dataDir } = await openTestCore({ fs });
    await call(core, 'clients.create', { fields: clientInput('Ada') });
    fs.log.length = 0;

    await call(core, 'clients.create', { fields: clientInput('Grace') }).then(() => fs.mark('acknowledged'));

    const journal = join(dataDir, 'steadyhand.journal');
    // The backup the first write started runs alongside in its own folder (and lists the captured files it copies);
    // no save waits for it.
    const byBackup = (e: { op: string; path: string }) => e.path.includes('backups') || (e.op === 'readdir' && e.path.includes('attachments'));
    const ops = fs.log.filter((e) => !byBackup(e)).map((e) => `${e.op} ${e.path === journal ? 'journal' : e.path}`);
    expect(ops).toEqual(['write journal', 'sync journal', 'mark acknowledged']);
    expect(fs.log.some((e) => e.path.includes(dataFile))).toBe(false);
  });

  it('reports storage_failed when the disk fails, and the file on disk keeps its previous content', async () => {
    const fs = recordingFs();
    const { core, dataFile, dataDir } = await openTestCore({ fs });
    await call(core, 'clients.create', { fields: clientInput('Saved before the failure') });
    const before = readFileSync(dataFile);
    const storedBefore = storedHash(dataFile);

    // The disk fails for the data file and its change journal alike.
    fs.failWhen = (op, path) => ['write', 'sync', 'rename'].includes(op) && /steadyhand\.(json|journal)/.test(path);
    const reply = await core.dispatch('clients.create', { fields: clientInput('Not on disk yet') });
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage_failed' } });
    expect(readFileSync(dataFile).equals(before)).toBe(true);
    expect(storedHash(dataFile)).toBe(storedBefore);

    // Closing tries once more; if the disk still fails it says so, lets go of the lock, and the old file stands.
    await expect(core.close()).rejects.toThrow(/could not be saved to disk before closing/);
    expect(existsSync(join(dataDir, 'steadyhand.lock'))).toBe(false);
    expect(readFileSync(dataFile).equals(before)).toBe(true);
    expect(storedHash(dataFile)).toBe(storedBefore);
  });
});
