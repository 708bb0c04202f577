// The core process and its host, for real: the built core entry (out/main/core.js) forked as a Node child,
// the way the Chromium shell and the bench run it and the app runs it as a utilityProcess. Killing it with
// SIGKILL mid-call proves the host's promise: the pending call gets a typed error, the core starts again on
// the same data, and what was saved before the kill is there.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_STOPPED_NOTICE_MESSAGE, forkCore, startCoreHost, type CoreHost } from '../../../electron/coreHost';
import { DataLockedError, LOCK_FILE } from '../../../electron/core/storage/lock';
import { describeStartupError } from '../../../electron/startupErrors';
import type { AppEvent } from '../../../shared/contract';
import { defaultClientFields } from '../../../shared/model/client';
import { ensureBuilt, OUT_DIR } from './bootHarness/drive';

const CORE_ENTRY = join(OUT_DIR, 'main/core.js');
let root: string;
let runs = 0;
const hosts: CoreHost[] = [];

beforeAll(async () => {
  ensureBuilt();
  root = await mkdtemp(join(tmpdir(), 'steadyhand-corehost-'));
}, 200_000);

afterAll(async () => {
  for (const h of hosts) await h.close();
  await rm(root, { recursive: true, force: true });
});

function host(dataDir: string, extra: Partial<Parameters<typeof startCoreHost>[0]> = {}): CoreHost {
  const h = startCoreHost({
    spawn: forkCore(CORE_ENTRY),
    dataDir,
    appVersion: 'test',
    dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
    checkTouched: true,
    ...extra,
  });
  hosts.push(h);
  return h;
}

const newDir = () => join(root, `run-${++runs}`);
const client = (name: string) => ({ fields: { ...defaultClientFields(), name } });
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the core in its own process', () => {
  it('answers calls with the dispatcher’s envelopes, pushes events and closes cleanly (lock released)', async () => {
    const dataDir = newDir();
    const h = host(dataDir);
    await h.ready;
    expect(h.pid).not.toBe(process.pid);
    const events: AppEvent[] = [];
    h.onEvent((e) => events.push(e));
    expect(await h.dispatch('clients.create', client('Priya Shah'))).toMatchObject({ ok: true });
    expect(await h.dispatch('clients.create', { fields: {} })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await h.dispatch('no.such', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(events.some((e) => e.type === 'data-changed')).toBe(true);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);
    const pid = h.pid!;
    await h.close();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    expect(alive(pid)).toBe(false);
  }, 30_000);

  it('asks the host for dialogs: the export goes where the host’s dialog said', async () => {
    const dataDir = newDir();
    const target = join(root, `export-${runs}.json`);
    const asked: unknown[] = [];
    const h = host(dataDir, {
      dialogs: {
        chooseSavePath: async (options) => {
          asked.push(options);
          return target;
        },
        chooseOpenPath: async () => null,
      },
    });
    await h.ready;
    await h.dispatch('clients.create', client('Dialog Client'));
    const exported = await h.dispatch('backups.exportAll', {});
    expect(exported).toMatchObject({ ok: true });
    expect(asked).toHaveLength(1);
    expect(existsSync(target)).toBe(true);
  }, 30_000);

  it('after kill -9 mid-call: the pending call gets core_restarting, the window is told, the core restarts on the same data', async () => {
    const dataDir = newDir();
    const h = host(dataDir);
    await h.ready;
    const events: AppEvent[] = [];
    h.onEvent((e) => events.push(e));
    expect(await h.dispatch('clients.create', client('Saved before the crash'))).toMatchObject({ ok: true });
    const firstPid = h.pid!;

    // A call that waits on the host (a dialog that the crash interrupts) is surely in flight when the kill lands.
    let dialogAsked!: () => void;
    const asked = new Promise<void>((r) => (dialogAsked = r));
    const h2 = host(newDir(), {
      dialogs: {
        chooseSavePath: () => {
          dialogAsked();
          return new Promise(() => undefined); // never answered: only the crash ends this call
        },
        chooseOpenPath: async () => null,
      },
    });
    await h2.ready;
    const inFlight = h2.dispatch('backups.exportAll', {});
    await asked;
    process.kill(h2.pid!, 'SIGKILL');
    expect(await inFlight).toEqual({ ok: false, error: { code: 'core_restarting', message: expect.stringMatching(/starting again/) } });

    // The same on the first host with a plain call racing the kill: it never hangs, and the next call works.
    const racing = h.dispatch('clients.list', {});
    process.kill(firstPid, 'SIGKILL');
    const raced = await racing;
    expect(raced.ok || raced.error.code === 'core_restarting').toBe(true);
    const after = await h.dispatch('clients.list', {});
    expect(after.ok && (after.value as { name: string }[]).map((c) => c.name)).toEqual(['Saved before the crash']);
    expect(h.pid).not.toBe(firstPid);
    expect(h.restarts).toBe(1);

    const notice = events.find((e): e is Extract<AppEvent, { type: 'notice' }> => e.type === 'notice');
    expect(notice?.notice).toMatchObject({ kind: 'core-restarted', message: CORE_STOPPED_NOTICE_MESSAGE });
    // The banner stays in the app status (dismissible), as other notices do.
    const status = await h.dispatch('app.status', {});
    expect(status.ok && (status.value as { notices: { kind: string }[] }).notices.map((n) => n.kind)).toContain('core-restarted');

    // Writes after the restart are durable too.
    expect(await h.dispatch('clients.create', client('Saved after the restart'))).toMatchObject({ ok: true });
    await h.close();
    const reopened = host(dataDir);
    await reopened.ready;
    const names = await reopened.dispatch('clients.list', {});
    expect(names.ok && (names.value as { name: string }[]).map((c) => c.name).sort()).toEqual(['Saved after the restart', 'Saved before the crash']);
  }, 60_000);

  it('opens the settings itself: a broken settings.json is moved aside, reported, never wiped', async () => {
    const dataDir = newDir();
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'settings.json'), '{ "theme": ');
    const h = host(dataDir);
    await h.ready;
    const status = await h.dispatch('app.status', {});
    const notices = status.ok ? (status.value as { notices: { kind: string; movedTo?: string }[] }).notices : [];
    expect(notices.map((n) => n.kind)).toContain('settings-reset');
    const movedTo = notices.find((n) => n.kind === 'settings-reset')!.movedTo!;
    expect(await readFile(movedTo, 'utf8')).toBe('{ "theme": ');
    // Saving settings writes the same file, which a later core reads back.
    const updated = await h.dispatch('settings.update', { profile: { name: 'Amara Lewis' } });
    expect(updated).toMatchObject({ ok: true });
    await h.close();
    const again = host(dataDir);
    await again.ready;
    const settings = await again.dispatch('settings.get', {});
    expect(settings.ok && (settings.value as { profile: { name: string } }).profile.name).toBe('Amara Lewis');
  }, 30_000);

  it('reports why the core could not open, as the error types the start-up box knows', async () => {
    const locked = newDir();
    await mkdir(locked, { recursive: true });
    await writeFile(
      join(locked, LOCK_FILE),
      JSON.stringify({ pid: process.pid, hostname: (await import('node:os')).hostname(), startedAt: new Date().toISOString() }),
    );
    await expect(host(locked).ready).rejects.toBeInstanceOf(DataLockedError);

    const newer = newDir();
    await mkdir(newer, { recursive: true });
    await writeFile(join(newer, 'steadyhand.json'), JSON.stringify({ schemaVersion: 999 }));
    const refused = await host(newer).ready.then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ name: 'NewerVersionError', fileVersion: 999 });
    expect(describeStartupError(refused, newer).title).toBe('Steadyhand needs updating');

    const file = newDir();
    await writeFile(file, 'not a folder');
    await expect(host(file).ready).rejects.toMatchObject({ code: expect.stringMatching(/ENOTDIR|EEXIST/) });
  }, 30_000);
});
