// The two shells one suite runs in: the real Electron app where its binary exists, otherwise the built
// renderer in Debian's Chromium with the real core bridged in through `exposeBinding`. In the Chromium shell the
// core runs as the app runs it: the built core entry (out/main/core.js) in its own process (a Node child here, a
// utilityProcess in the app), behind the same host (electron/coreHost.ts), which answers its dialog and printing
// requests with the test's scripted dialogs and Playwright's locked-down rendering. No spec needs the core object
// itself, so there is no in-process mode.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { _electron, chromium, type Browser, type Page } from '@playwright/test';
import type { AppEvent } from '../../../shared/events';
import { BRIDGE_KEY } from '../../../shared/bridge';
import { forkCore, startCoreHost, type CoreHost } from '../../../electron/coreHost';
import type { DialogPort } from '../../../electron/core/backups/handlers';
import { serveDirectory, type StaticServer } from './staticServer';
import { PlaywrightDocumentOutput } from './documentOutput';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
/** The build under test: `out/` unless STEADYHAND_OUT_DIR names another (see electron.vite.config.ts). */
export const OUT_DIR = resolve(PROJECT_ROOT, process.env.STEADYHAND_OUT_DIR ?? 'out');
export const CHROMIUM_PATH = process.env.STEADYHAND_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Electron binary, when the electron package managed to download one. */
export function electronBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const pkgDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export type ShellKind = 'electron' | 'chromium';

/** File dialogs answered by the test: set the next path before the click that opens one. */
export class ScriptedDialogs implements DialogPort {
  nextSavePath: string | null = null;
  nextOpenPath: string | null = null;
  async chooseSavePath() {
    const p = this.nextSavePath;
    this.nextSavePath = null;
    return p;
  }
  async chooseOpenPath() {
    const p = this.nextOpenPath;
    this.nextOpenPath = null;
    return p;
  }
}

export interface RunningApp {
  page: Page;
  /** Closes the page and the core (or the app), leaving the data directory as it is. */
  close(): Promise<void>;
  /** The core process's host (Chromium shell only): tests kill its process to see the restart. */
  coreHost: CoreHost | null;
  dialogs: ScriptedDialogs;
  /**
   * Does what the app's quit does: sends `app-closing` and waits for the page's `readyToClose` (its pending saves
   * flushed). Resolves true when the page answered, false after `timeoutMs` (Chromium shell only; Electron quits itself).
   */
  askToClose?(timeoutMs?: number): Promise<boolean>;
  /** Print, PDF and clipboard for summaries in the Chromium shell (null in Electron, which prints itself). */
  documents: PlaywrightDocumentOutput | null;
}

let sharedServer: StaticServer | null = null;
let sharedBrowser: Browser | null = null;

export async function launchChromiumShell(dataDir: string): Promise<RunningApp> {
  sharedServer ??= await serveDirectory(join(OUT_DIR, 'renderer'));
  sharedBrowser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const origin = sharedServer.origin;
  const dialogs = new ScriptedDialogs();
  const browser = sharedBrowser;
  const documents = new PlaywrightDocumentOutput(() => browser);
  // As the app does: the core process opens the data and its settings (a bad settings file moved aside, the user told).
  const core = startCoreHost({ spawn: forkCore(join(OUT_DIR, 'main/core.js')), dataDir, dialogs, appVersion: 'test', documentOutput: documents });
  // The page is prepared while the core process starts (each takes about half a second); it loads once the core is ready.
  const context = await sharedBrowser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  // The same guard as the IPC handler: only our own top frame may call the core.
  await page.exposeBinding('__steadyhandInvoke', async (source, operation: unknown, input: unknown) => {
    if (source.frame !== source.page.mainFrame() || !source.frame.url().startsWith(origin)) {
      return { ok: false, error: { code: 'forbidden', message: 'This request did not come from Steadyhand’s own window.' } };
    }
    return core.dispatch(operation, input);
  });
  // readyToClose goes the same way as the preload's `ipcRenderer.send`: one-way, from our own top frame only.
  const closeWaiters = new Map<string, () => void>();
  await page.exposeBinding('__steadyhandReadyToClose', (source, requestId: unknown) => {
    if (source.frame !== source.page.mainFrame() || !source.frame.url().startsWith(origin)) return;
    closeWaiters.get(String(requestId))?.();
  });
  // Under tsx (a walkthrough script), esbuild wraps named functions in a `__name(...)` helper that the page lacks;
  // define it as a no-op first, so the init script below runs the same from Playwright's runner and from tsx.
  await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await page.addInitScript((key: string) => {
    const listeners = new Set<(event: unknown) => void>();
    const w = window as unknown as Record<string, unknown>;
    const invoke = w.__steadyhandInvoke as (op: string, input: unknown) => Promise<unknown>;
    const readyToClose = w.__steadyhandReadyToClose as (requestId: string) => Promise<unknown>;
    w.__steadyhandEmit = (event: unknown) => {
      for (const l of listeners) l(event);
    };
    Object.defineProperty(window, key, {
      value: Object.freeze({
        invoke: (operation: string, input: unknown) => invoke(operation, input),
        onEvent: (listener: (event: unknown) => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        readyToClose: (requestId: string) => {
          void readyToClose(String(requestId));
        },
      }),
    });
  }, BRIDGE_KEY);
  const unsubscribe = core.onEvent((event: AppEvent) => {
    void page.evaluate((e) => (window as unknown as { __steadyhandEmit?: (e: unknown) => void }).__steadyhandEmit?.(e), event).catch(() => undefined);
  });
  await core.ready.catch(async (error: unknown) => {
    unsubscribe();
    await context.close();
    await core.close().catch(() => undefined);
    throw error;
  });
  await page.goto(`${origin}/index.html`);
  let closeRequests = 0;
  const askToClose = (timeoutMs = 3_000) =>
    new Promise<boolean>((resolveAnswer) => {
      const requestId = `close-${++closeRequests}`;
      const timer = setTimeout(() => {
        closeWaiters.delete(requestId);
        resolveAnswer(false);
      }, timeoutMs);
      closeWaiters.set(requestId, () => {
        clearTimeout(timer);
        closeWaiters.delete(requestId);
        resolveAnswer(true);
      });
      const event: AppEvent = { type: 'app-closing', requestId };
      void page.evaluate((e) => (window as unknown as { __steadyhandEmit?: (e: unknown) => void }).__steadyhandEmit?.(e), event).catch(() => undefined);
    });
  return {
    page,
    coreHost: core,
    dialogs,
    documents,
    askToClose,
    async close() {
      unsubscribe();
      await context.close();
      await core.close();
    },
  };
}

export async function launchElectronShell(dataDir: string, binary: string): Promise<RunningApp> {
  const app = await _electron.launch({
    executablePath: binary,
    args: [join(OUT_DIR, 'main/index.js'), `--data-dir=${dataDir}`],
    env: Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[0] !== 'ELECTRON_RENDERER_URL' && e[1] !== undefined)),
  });
  const page = await app.firstWindow();
  return { page, coreHost: null, dialogs: new ScriptedDialogs(), documents: null, close: () => app.close() };
}

export async function closeShared(): Promise<void> {
  await sharedBrowser?.close();
  await sharedServer?.close();
  sharedBrowser = null;
  sharedServer = null;
}
