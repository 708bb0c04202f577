// A boot of the BUILT main bundle (out/main/index.js) in plain Node, with a recording stand-in for the
// `electron` module (tests/unit/electron/bootHarness/), the real core and a real temporary data folder. The stand-in's
// `utilityProcess.fork` is a real `child_process.fork`, so main starts the built core entry (out/main/core.js) in its
// own process, as the app does.
//
// This is NOT a real launch: there is no Electron binary, no Chromium and no window here, and the "page" is a
// few lines in the stand-in. It is the closest this project can get without a binary: it runs the shipped
// bundle's start-up, protocol, IPC, error and quit paths for real. The real-app Playwright path
// (tests/e2e/harness/shells.ts, `_electron.launch`) stays for machines that have the binary.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import { nodeFs } from '../../../electron/core/fs/fsPort';
import { JsonFileSettings } from '../../../electron/core/settings/settingsPort';
import { LOCK_FILE } from '../../../electron/core/storage/lock';
import { defaultClientFields } from '../../../shared/model/client';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, IPC_READY_TO_CLOSE_CHANNEL } from '../../../shared/bridge';
import { ensureBuilt, OUT_DIR, startBoot, type Boot, type Recorded } from './bootHarness/drive';

const MIME: Record<string, RegExp> = {
  '.html': /^text\/html/,
  '.js': /^text\/javascript/,
  '.css': /^text\/css/,
  '.svg': /^image\/svg\+xml/,
  '.png': /^image\/png/,
  '.woff2': /^font\/woff2/,
};

let root: string;
let runs = 0;
const booted: Boot[] = [];

beforeAll(async () => {
  ensureBuilt();
  root = await mkdtemp(join(tmpdir(), 'steadyhand-boot-'));
}, 200_000);

afterAll(async () => {
  for (const b of booted) if (b.child.exitCode === null) b.child.kill();
  await rm(root, { recursive: true, force: true });
});

async function boot(prepare?: (dataDir: string) => Promise<void>, page?: 'saves-then-answers' | 'silent') {
  const run = join(root, `run-${++runs}`);
  const dataDir = join(run, 'data');
  await mkdir(run, { recursive: true });
  if (prepare) await prepare(dataDir);
  const b = startBoot({ dataDir, userData: join(run, 'userData'), recordFile: join(run, 'record.jsonl'), page });
  booted.push(b);
  return { b, dataDir };
}

const named = (records: Recorded[], name: string) => records.filter((r) => r.name === name);

describe('booting the built main bundle with a stand-in electron (not a real launch)', () => {
  it('registers app:// before ready, opens the secure window with the built preload, serves the page and answers through IPC', async () => {
    const { b, dataDir } = await boot();
    const load = await b.waitFor('loadURL');
    await b.waitFor('window.show');
    const records = b.records();
    const seqOf = (name: string) => named(records, name)[0]?.seq ?? Infinity;

    // The privileged scheme is registered while the module loads, before `ready`.
    const scheme = named(records, 'protocol.registerSchemesAsPrivileged')[0]!;
    expect(scheme.beforeReady).toBe(true);
    expect(scheme.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(seqOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(seqOf('ready'));
    expect(seqOf('ready')).toBeLessThan(seqOf('protocol.handle'));

    // The window: secure preferences, the built preload (which exists), the 900×560 minimum, loaded from app://.
    const window = named(records, 'BrowserWindow')[0]!.options as { webPreferences: Record<string, unknown>; minWidth: number; minHeight: number };
    expect(window.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    const preload = window.webPreferences.preload as string;
    expect(preload).toBe(join(OUT_DIR, 'preload/index.cjs'));
    expect(existsSync(preload)).toBe(true);
    expect([window.minWidth, window.minHeight]).toEqual([900, 560]);
    expect(load.url).toBe('app://steadyhand/index.html');
    expect(named(records, 'session.setSpellCheckerDictionaryDownloadURL')[0]!.url).toMatch(/\.invalid\//);
    expect(named(records, 'Menu.setApplicationMenu')).toHaveLength(1);
    expect(named(records, 'ipcMain.handle').map((r) => r.channel)).toEqual([IPC_INVOKE_CHANNEL]);
    // The core runs in its own process, started as Electron's utilityProcess from the built core entry.
    const forked = named(records, 'utilityProcess.fork');
    expect(forked).toEqual([
      expect.objectContaining({ modulePath: join(OUT_DIR, 'main/core.js'), serviceName: 'Steadyhand data engine', execArgv: ['--max-semi-space-size=4'] }),
    ]);
    expect(named(records, 'utilityProcess.spawned')[0]!.pid).not.toBe(b.child.pid);
    expect(named(records, 'ipcMain.on').map((r) => r.channel)).toContain(IPC_READY_TO_CLOSE_CHANNEL);

    // The page and every asset it references, with the right type and our CSP.
    type Fetched = { status: number; contentType: string; csp: string; length: number; text: string };
    const index = await b.command<Fetched>('fetch', { url: 'app://steadyhand/index.html' });
    expect(index.status).toBe(200);
    expect(index.contentType).toMatch(MIME['.html']!);
    expect(index.csp).toContain("default-src 'none'");
    const assets = [...index.text.matchAll(/(?:src|href)="\.?\/?([^"]+)"/g)].map((m) => m[1]!).filter((a) => !a.startsWith('http'));
    expect(assets.length).toBeGreaterThan(3);
    for (const asset of assets) {
      const res = await b.command<Fetched>('fetch', { url: `app://steadyhand/${asset}` });
      expect(res.status, asset).toBe(200);
      expect(res.length, asset).toBeGreaterThan(0);
      const expected = MIME[extname(asset)];
      if (expected) expect(res.contentType, asset).toMatch(expected);
    }
    // Nothing outside the renderer folder, however the path is written.
    for (const sneaky of [
      'app://steadyhand/..%2f..%2fpackage.json',
      'app://steadyhand/%2e%2e/%2e%2e/package.json',
      'app://steadyhand/..%5c..%5cpackage.json',
      'app://steadyhand/assets/../../main/index.js',
    ]) {
      const res = await b.command<Fetched>('fetch', { url: sneaky });
      expect(res.status, sneaky).toBe(404);
      expect(res.text, sneaky).not.toContain('"name": "steadyhand"');
    }

    // An invoke from our page reaches the real core; one from elsewhere is refused.
    const listed = await b.command<{ ok: boolean; value: unknown[] }>('invoke', {
      operation: 'clients.list',
      input: {},
      frameUrl: 'app://steadyhand/index.html',
    });
    expect(listed).toMatchObject({ ok: true });
    expect(Array.isArray(listed.value)).toBe(true);
    const created = await b.command<{ ok: boolean }>('invoke', {
      operation: 'clients.create',
      input: { fields: { ...defaultClientFields(), name: 'Priya Shah' } },
      frameUrl: 'app://steadyhand/index.html',
    });
    expect(created.ok).toBe(true);
    expect(await b.command('invoke', { operation: 'clients.list', input: {}, frameUrl: 'https://evil.example/' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await b.command('request', { url: 'https://dictionaries.invalid/en-GB-10-1.bdic' })).toEqual({ cancel: true });

    // A second launch brings the hidden window forward.
    await b.command('hide');
    const shownBefore = named(b.records(), 'window.show').length;
    await b.command('second-instance');
    expect(named(b.records(), 'window.show').length).toBe(shownBefore + 1);
    expect(named(b.records(), 'window.focus').length).toBeGreaterThan(0);

    // Quit: the page is asked, saves, answers; then the core closes (lock released) and the process ends with 0.
    await b.command('quit');
    expect(await b.exited).toBe(0);
    const end = b.records();
    const closing = named(end, 'webContents.send').find((r) => (r.payload as { type: string }).type === 'app-closing')!;
    expect(closing.channel).toBe(IPC_EVENT_CHANNEL);
    expect(named(end, 'page-saved')[0]).toMatchObject({ ok: true });
    expect(closing.seq).toBeLessThan(named(end, 'page-ready-to-close')[0]!.seq);
    expect(named(end, 'page-ready-to-close')[0]!.seq).toBeLessThan(named(end, 'exit')[0]!.seq);
    expect(named(end, 'unhandledRejection')).toEqual([]);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);

    // Both saves are on disk: the one before quit and the one the page made while quitting.
    const settings = await JsonFileSettings.open(nodeFs, dataDir);
    const reopened = await createCore({ dataDir, settings: settings.port, appVersion: 'test' } as never);
    try {
      const clients = await reopened.dispatch('clients.list', {});
      expect(clients.ok && (clients.value as { name: string }[]).map((c) => c.name).sort()).toEqual(['Priya Shah', 'Saved while quitting']);
    } finally {
      await reopened.close();
    }
  }, 60_000);

  it('restarts the core process after kill -9: the window is told in plain words, data saved before is there, calls work again', async () => {
    const { b } = await boot();
    await b.waitFor('window.show');
    const page = 'app://steadyhand/index.html';
    expect(
      await b.command('invoke', { operation: 'clients.create', input: { fields: { ...defaultClientFields(), name: 'Before the crash' } }, frameUrl: page }),
    ).toMatchObject({ ok: true });
    const corePid = await b.command<number>('core-pid');
    process.kill(corePid, 'SIGKILL');
    await b.waitFor('utilityProcess.exit');
    const listed = await b.command<{ ok: boolean; value: { name: string }[] }>('invoke', { operation: 'clients.list', input: {}, frameUrl: page });
    expect(listed.ok && listed.value.map((c) => c.name)).toEqual(['Before the crash']);
    expect(await b.command<number>('core-pid')).not.toBe(corePid);
    const notices = named(b.records(), 'webContents.send').filter((r) => (r.payload as { type: string }).type === 'notice');
    expect(notices.map((r) => (r.payload as { notice: { message: string } }).notice.message)).toEqual([
      'Steadyhand’s data engine stopped; it is starting again. Nothing you saved is lost.',
    ]);
    await b.command('quit');
    expect(await b.exited).toBe(0);
    expect(named(b.records(), 'unhandledRejection')).toEqual([]);
  }, 60_000);

  it('quits after a short wait when the page never answers, still closing the core', async () => {
    const { b, dataDir } = await boot(undefined, 'silent');
    await b.waitFor('window.show');
    const asked = Date.now();
    await b.command('quit');
    expect(await b.exited).toBe(0);
    const waited = Date.now() - asked;
    expect(waited).toBeGreaterThanOrEqual(2_500);
    expect(waited).toBeLessThan(10_000);
    expect(named(b.records(), 'page-silent')).toHaveLength(1);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  }, 30_000);

  const failures: [string, (dataDir: string) => Promise<void>, string, RegExp][] = [
    ['the data folder is a file', (d) => writeFile(d, 'not a folder'), 'Steadyhand cannot open its data folder', /is a file, not a folder/],
    [
      'the data folder is locked by another running process',
      async (d) => {
        await mkdir(d, { recursive: true });
        // This test's own process is alive and on this machine: to the app it is "another Steadyhand".
        await writeFile(join(d, LOCK_FILE), JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() }));
      },
      'Steadyhand is already open',
      /Close the other one first/,
    ],
    [
      'the data file was written by a newer version',
      async (d) => {
        await mkdir(d, { recursive: true });
        await writeFile(join(d, 'steadyhand.json'), JSON.stringify({ schemaVersion: 999 }));
      },
      'Steadyhand needs updating',
      /newer version of Steadyhand/,
    ],
  ];
  for (const [story, prepare, title, message] of failures) {
    it(`shows an error box and exits with 1 when ${story}`, async () => {
      const { b } = await boot(prepare);
      expect(await b.exited).toBe(1);
      const records = b.records();
      const boxes = named(records, 'dialog.showErrorBox');
      expect(boxes).toHaveLength(1);
      expect(boxes[0]!.title).toBe(title);
      expect(boxes[0]!.message).toMatch(message);
      expect(boxes[0]!.message).not.toMatch(/\n\s+at /);
      expect(named(records, 'app.exit')).toEqual([expect.objectContaining({ code: 1 })]);
      expect(named(records, 'BrowserWindow')).toHaveLength(0);
      expect(named(records, 'unhandledRejection')).toEqual([]);
    }, 30_000);
  }

  it('leaves the newer-version data file untouched', async () => {
    const original = JSON.stringify({ schemaVersion: 999 });
    const { b, dataDir } = await boot(async (d) => {
      await mkdir(d, { recursive: true });
      await writeFile(join(d, 'steadyhand.json'), original);
    });
    expect(await b.exited).toBe(1);
    expect(await readFile(join(dataDir, 'steadyhand.json'), 'utf8')).toBe(original);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  }, 30_000);
});
