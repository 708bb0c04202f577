// Suite 8, disk trouble: the data folder turns read-only, the disk fills up (a write lands half-way),
// the data file is locked by another program. Each time the save fails loudly (the operation says so
// and a 'write-failed' banner appears), the edit stays in the app and is saved by itself once the disk
// recovers, and the files on disk keep what they held before.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../shared/contract';
import { createCore } from '../../../electron/core/createCore';
import { type FsPort, nodeFs, type WritableFile } from '../../../electron/core/fs/fsPort';
import { MemorySettings } from '../../../electron/core/settings/settingsPort';
import { call, clientInput, scriptedDialogs, sha256, storedDocument, storedHash, tempDir } from '../core/helpers';
import { reportFigure } from './reliabilityKit';

type Fault = 'read-only' | 'disk-full' | 'locked' | null;

const fail = (code: string, what: string) => Object.assign(new Error(`${code}: simulated, ${what}`), { code });

/** The real disk, with a fault that can be switched on and off. */
function troubledDisk(dataDir: string) {
  let fault: Fault = null;
  const inData = (path: string) => path.startsWith(dataDir);
  const isDataFile = (path: string) => /steadyhand\.(json|journal)/.test(path);
  const guard = (path: string, what: string, kind: 'create' | 'write' | 'rename') => {
    if (!inData(path)) return;
    if (fault === 'read-only') throw fail('EROFS', `${what} ${path}`);
    if (fault === 'locked' && isDataFile(path) && kind !== 'create') throw fail('EBUSY', `${what} ${path}`);
  };
  const wrap = (file: WritableFile, path: string): WritableFile => ({
    async write(data) {
      guard(path, 'write', 'write');
      if (fault === 'disk-full' && inData(path)) {
        // The disk fills up part-way through: half the bytes land, then the write fails.
        await file.write(data.subarray(0, data.byteLength >> 1));
        throw fail('ENOSPC', `write ${path}`);
      }
      return file.write(data);
    },
    sync: () => file.sync(),
    close: () => file.close(),
  });
  const fs: FsPort = {
    ...nodeFs,
    async openForWrite(path, options) {
      guard(path, 'open', 'create');
      return wrap(await nodeFs.openForWrite(path, options), path);
    },
    async openForAppend(path) {
      guard(path, 'open', 'write');
      return wrap(await nodeFs.openForAppend(path), path);
    },
    async rename(from, to) {
      guard(to, 'rename onto', 'rename');
      return nodeFs.rename(from, to);
    },
    async unlink(path) {
      guard(path, 'unlink', 'rename');
      return nodeFs.unlink(path);
    },
  };
  return { fs, set: (f: Fault) => (fault = f) };
}

const results: Record<string, { loud: boolean; kept: boolean; intact: boolean; savedAfter: boolean }> = {};
afterAll(() => {
  const all = Object.values(results);
  const count = (key: keyof (typeof all)[number]) => all.filter((r) => r[key]).length;
  reportFigure(
    `disk-trouble: ${all.length} faults (${Object.keys(results).join(', ')}): ${count('loud')} failed loudly, ` +
      `${all.length - count('savedAfter')} edits lost once the disk recovered, previous files intact ${count('intact')}/${all.length}, edits kept in the app ${count('kept')}/${all.length}`,
  );
});

async function until(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await check()) return true;
  return false;
}

describe('disk trouble', () => {
  it.each<Fault>(['read-only', 'disk-full', 'locked'])(
    '%s',
    async (fault) => {
      const dataDir = await tempDir();
      const dataFile = join(dataDir, 'steadyhand.json');
      const disk = troubledDisk(dataDir);
      const core = await createCore({
        dataDir,
        fs: disk.fs,
        settings: new MemorySettings(),
        dialogs: scriptedDialogs(),
        appVersion: 'disk-trouble',
        checkTouched: true,
      });
      const events: AppEvent[] = [];
      core.onEvent((e) => events.push(e));
      await call(core, 'clients.create', { fields: clientInput('Saved before') });
      await call(core, 'clients.create', { fields: clientInput('Also saved') });
      await core.db.settled();
      const before = { file: sha256(dataFile), stored: storedHash(dataFile) };

      disk.set(fault);
      const reply = await core.dispatch('clients.create', { fields: clientInput('Made while the disk was in trouble') });
      const notices = (await call(core, 'app.status', {})).notices;
      const loud =
        !reply.ok &&
        reply.error.code === 'storage_failed' &&
        notices.some((n) => n.kind === 'write-failed') &&
        events.some((e) => e.type === 'notice' && e.notice.kind === 'write-failed');
      const kept = (await call(core, 'clients.list', {})).some((c) => c.name === 'Made while the disk was in trouble');
      const intact = sha256(dataFile) === before.file && storedHash(dataFile) === before.stored;

      // The disk recovers: the app saves the kept edit by itself (it retries) and the banner goes.
      disk.set(null);
      const retried = await until(() => storedDocument(dataFile).clients.some((c) => c.name === 'Made while the disk was in trouble'));
      const cleared = await until(async () => !(await call(core, 'app.status', {})).notices.some((n) => n.kind === 'write-failed'));
      await core.close();
      const reopened = await createCore({ dataDir, settings: new MemorySettings(), dialogs: scriptedDialogs(), appVersion: 'disk-trouble' });
      const savedAfter = retried && cleared && reopened.db.data.clients.some((c) => c.name === 'Made while the disk was in trouble');
      await reopened.close();

      results[fault!] = { loud, kept, intact, savedAfter };
      expect(results[fault!]).toEqual({ loud: true, kept: true, intact: true, savedAfter: true });
    },
    60_000,
  );
});
