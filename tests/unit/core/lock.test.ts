// The lock file: one writer per data folder; a lock left by a crashed process is taken over.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import type { FsPort } from '../../../electron/core/fs/fsPort';
import { MemorySettings } from '../../../electron/core/settings/settingsPort';
import { DataLockedError, LOCK_FILE } from '../../../electron/core/storage/lock';
import { call, clientInput, openTestCore, recordingFs, scriptedDialogs, tempDir } from './helpers';

function openRaw(dataDir: string, fs?: FsPort) {
  return createCore({ dataDir, settings: new MemorySettings(), dialogs: scriptedDialogs(), appVersion: '0.0.0-test', ...(fs ? { fs } : {}) });
}

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  expect(child.pid).toBeGreaterThan(0);
  return child.pid;
}

function writeLock(dataDir: string, content: unknown) {
  writeFileSync(join(dataDir, LOCK_FILE), typeof content === 'string' ? content : JSON.stringify(content));
}

describe('data folder lock', () => {
  it('takes over a lock written before the machine last started, even if its pid now belongs to a live program', async () => {
    const dataDir = await tempDir();
    // A power cut: the lock stayed, and after the restart its pid was given to another program (here, this one).
    writeLock(dataDir, { pid: process.pid, hostname: hostname(), startedAt: '2020-01-01T00:00:00.000Z', bootedAt: Date.now() - 30 * 86_400_000 });
    const core = await openRaw(dataDir);
    await call(core, 'clients.create', { fields: clientInput('After the power cut') });
    await core.close();
  });

  it('refuses a second core on the same folder with a clear message, and the first keeps working', async () => {
    const { core, dataDir } = await openTestCore();
    const second = openRaw(dataDir);
    await expect(second).rejects.toBeInstanceOf(DataLockedError);
    await expect(second).rejects.toThrow(/already open with this data folder.*Close the other one first/s);

    const error = (await second.catch((e: unknown) => e)) as DataLockedError;
    expect(error.holder).toMatchObject({ pid: process.pid, hostname: hostname() });
    await call(core, 'clients.create', { fields: clientInput('Still saving') });
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);
  });

  it('lets a new core open once the first is closed, and removes the lock on close', async () => {
    const { core, dataDir } = await openTestCore();
    await call(core, 'clients.create', { fields: clientInput('Ada') });
    await core.close();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);

    const next = await openRaw(dataDir);
    try {
      expect((await call(next, 'clients.list', {})).map((c) => c.name)).toEqual(['Ada']);
    } finally {
      await next.close();
    }
  });

  it('takes over a stale lock left by a dead process on this machine', async () => {
    const dataDir = await tempDir();
    writeLock(dataDir, { pid: deadPid(), hostname: hostname(), startedAt: '2026-01-01T00:00:00.000Z' });
    const core = await openRaw(dataDir);
    try {
      const lock = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as { pid: number; hostname: string };
      expect(lock).toMatchObject({ pid: process.pid, hostname: hostname() });
    } finally {
      await core.close();
    }
  });

  it('does not take over a lock held by a live process on this machine', async () => {
    const dataDir = await tempDir();
    writeLock(dataDir, { pid: process.pid, hostname: hostname(), startedAt: '2026-01-01T00:00:00.000Z' });
    await expect(openRaw(dataDir)).rejects.toBeInstanceOf(DataLockedError);
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('does not take over a lock from another machine (a shared folder), even if that pid is free here', async () => {
    const dataDir = await tempDir();
    writeLock(dataDir, { pid: deadPid(), hostname: `${hostname()}-elsewhere`, startedAt: '2026-01-01T00:00:00.000Z' });
    await expect(openRaw(dataDir)).rejects.toBeInstanceOf(DataLockedError);
  });

  it('lets exactly one of two cores opened at the same moment have the folder', async () => {
    const dataDir = await tempDir();
    for (let round = 0; round < 5; round++) {
      const results = await Promise.allSettled([openRaw(dataDir), openRaw(dataDir)]);
      const opened = results.filter((r) => r.status === 'fulfilled');
      const refused = results.filter((r) => r.status === 'rejected');
      expect(opened).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(DataLockedError);
      for (const r of opened) await r.value.close();
    }
  });

  it('does not take a lock that another process has just created but not yet filled in', async () => {
    const dataDir = await tempDir();
    // The first process is slow between creating the lock file and writing its pid into it.
    const slow = recordingFs();
    const inner = slow.openForWrite;
    slow.openForWrite = async (path, options) => {
      const file = await inner(path, options);
      if (!path.endsWith(LOCK_FILE)) return file;
      return { ...file, write: async (data) => (await new Promise((r) => setTimeout(r, 100)), file.write(data)) };
    };
    const first = openRaw(dataDir, slow);
    await new Promise((r) => setTimeout(r, 30));
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);
    const second = openRaw(dataDir);
    const results = await Promise.allSettled([first, second]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    for (const r of results) if (r.status === 'fulfilled') await r.value.close();
  });

  it('takes over, after a short wait, a lock left empty by a process killed a moment ago', async () => {
    const dataDir = await tempDir();
    writeLock(dataDir, ''); // created, then SIGKILL before the pid was written
    const core = await openRaw(dataDir);
    await core.close();
  });

  it('takes over a lock file that was left empty by a crash long ago', async () => {
    const dataDir = await tempDir();
    writeLock(dataDir, '');
    const old = new Date(Date.now() - 60 * 60_000);
    utimesSync(join(dataDir, LOCK_FILE), old, old);
    const core = await openRaw(dataDir);
    await core.close();
  });

  it('is released when opening fails, so the VA can try again', async () => {
    const dataDir = await tempDir();
    writeFileSync(join(dataDir, 'steadyhand.json'), JSON.stringify({ schemaVersion: 999, clients: [], briefs: [], paperTrail: [] }));
    await expect(openRaw(dataDir)).rejects.toThrow(/newer version/);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });
});
