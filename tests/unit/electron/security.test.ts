// The shell's security guards, checked with stand-in Electron objects (no Electron binary is needed).
// Suite 9's audit where there is no Electron shell (as on CI); tests/e2e/electron-security.spec.ts proves
// the same guards in the running app where its binary exists.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import config from '../../../electron.vite.config';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  createSecureWindow,
  guardSession,
  OFFLINE_DICTIONARY_URL,
  guardWebContents,
  installSecurityGuards,
  isAllowedExternalUrl,
  isAppUrl,
  isTrustedSender,
  openExternalIfAllowed,
} from '../../../electron/security';
import { registerAppScheme, resolveAppPath, serveRenderer } from '../../../electron/protocol';
import { registerIpc, registerReadyToClose } from '../../../electron/ipc';
import { lockDownPrintSession, printWindowOptions } from '../../../electron/printing';

type Listener = (...args: unknown[]) => void;

function fakeContents(pageUrl = `${APP_ORIGIN}/index.html`) {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  return {
    getURL: () => pageUrl,
    on: (name: string, l: Listener) => listeners.set(name, l),
    setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => (openHandler = h),
    fire(name: string, url: string) {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event, url);
      return event;
    },
    /** `will-frame-navigate` hands over one details object, not (event, url). */
    fireFrame(url: string, isMainFrame: boolean) {
      const details = { preventDefault: vi.fn(), url, isMainFrame };
      listeners.get('will-frame-navigate')?.(details);
      return details;
    },
    open: (url: string) => openHandler!({ url }),
    listeners,
  };
}

describe('window options', () => {
  class FakeWindow {
    constructor(readonly options: BrowserWindowConstructorOptions) {}
  }

  it('isolate the page, sandbox it and keep Node out', () => {
    const window = createSecureWindow(FakeWindow, { width: 1024, show: false }, '/app/preload.cjs');
    expect(window.options).toMatchObject({ width: 1024, show: false });
    expect(window.options.webPreferences).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('cannot be loosened by the options passed in, and can go without a preload', () => {
    const sneaky = { show: false, webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } } as never;
    const window = createSecureWindow(FakeWindow, sneaky, null);
    expect(window.options.webPreferences).toMatchObject({ nodeIntegration: false, contextIsolation: true, sandbox: true });
    expect(window.options.webPreferences).not.toHaveProperty('preload');
  });

  it('keep the print window to a document with no script, no preload and its own session', () => {
    const session = { id: 'print' } as never;
    const prefs = printWindowOptions(session).webPreferences!;
    expect(prefs).toMatchObject({
      session,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(prefs).not.toHaveProperty('preload');
    let beforeRequest: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
    const ask = vi.fn();
    lockDownPrintSession({
      setPermissionRequestHandler: (h: never) => (h as (a: null, b: string, cb: (ok: boolean) => void) => void)(null, 'media', ask),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: ((h: never) => (beforeRequest = h)) as never },
    } as never);
    expect(ask).toHaveBeenCalledWith(false);
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(cancelled('data:text/html,<p>summary</p>')).toBe(false);
    expect(cancelled('https://tracker.example/pixel.gif')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
  });

  it('use a CSP with no inline script and no remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('put the same CSP in the built page as a meta tag (less frame-ancestors, which a meta tag ignores)', () => {
    const plugins = (config as { renderer: { plugins: unknown[] } }).renderer.plugins.flat() as { name?: string; transformIndexHtml?: () => unknown }[];
    const tags = plugins.find((p) => p?.name === 'steadyhand-csp-meta')!.transformIndexHtml!();
    expect(tags).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", '') },
        injectTo: 'head-prepend',
      },
    ]);
  });
});

describe('navigation and new windows', () => {
  it('allow our own pages and block everything else, opening safe links in the browser', () => {
    const contents = fakeContents();
    const shell = { openExternal: vi.fn(async () => undefined) };
    guardWebContents(contents as never, shell as never);
    expect(contents.fire('will-navigate', `${APP_ORIGIN}/index.html#/briefs`).preventDefault).not.toHaveBeenCalled();
    expect(contents.fire('will-navigate', 'https://example.com/').preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
    expect(contents.fire('will-navigate', 'file:///etc/passwd').preventDefault).toHaveBeenCalled();
    expect(contents.fire('will-redirect', 'javascript:alert(1)').preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(contents.open('https://example.com/help')).toEqual({ action: 'deny' });
    expect(contents.open('file:///home')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(2);
    expect(contents.fire('will-attach-webview', 'about:blank').preventDefault).toHaveBeenCalled();
  });

  it('never hand a link to the browser from a page that is not ours (the hidden print window)', () => {
    const contents = fakeContents('data:text/html;charset=utf-8,<p>summary</p>');
    const shell = { openExternal: vi.fn(async () => undefined) };
    guardWebContents(contents as never, shell as never);
    expect(contents.fire('will-navigate', 'https://example.com/').preventDefault).toHaveBeenCalled();
    expect(contents.open('https://example.com/help')).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('block subframe navigation away from us without opening anything twice', () => {
    const contents = fakeContents();
    const shell = { openExternal: vi.fn(async () => undefined) };
    guardWebContents(contents as never, shell as never);
    expect(contents.fireFrame('file:///etc/passwd', false).preventDefault).toHaveBeenCalled();
    expect(contents.fireFrame(`${APP_ORIGIN}/index.html`, false).preventDefault).not.toHaveBeenCalled();
    // The main frame is decided by will-navigate, which may open the link in the browser once.
    expect(contents.fireFrame('https://example.com/', true).preventDefault).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('installs the guards on every new web contents', () => {
    const app = { on: vi.fn() };
    installSecurityGuards(app as never, { openExternal: vi.fn() } as never);
    expect(app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
  });

  it('checks external URLs strictly', () => {
    for (const ok of ['https://example.com', 'http://example.org/a?b=1', 'mailto:jane@example.com']) expect(isAllowedExternalUrl(ok), ok).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://user:pass@example.com',
      'http://localhost:3000',
      'http://127.0.0.1/',
      'data:text/html,<script>alert(1)</script>',
      'mailto:',
      'smb://server/share',
      'not a url',
      `https://example.com/${'a'.repeat(3000)}`,
      'http://localhost./',
      'http://app.localhost/',
      'http://[::1]:8080/',
      'http://[::ffff:127.0.0.1]/',
      'http://0x7f000001/',
      'http://127.1/',
      'mailto:%',
      'mailto:%E0%A4%A@example.com',
    ])
      expect(isAllowedExternalUrl(bad), bad).toBe(false);
  });

  it('never lets a refused or failing openExternal reach the OS or throw', async () => {
    const shell = { openExternal: vi.fn(async () => Promise.reject(new Error('no handler for mailto'))) };
    expect(openExternalIfAllowed(shell as never, 'javascript:alert(1)')).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(openExternalIfAllowed(shell as never, 'mailto:jane@example.com')).toBe(true);
    await new Promise((r) => setTimeout(r, 0)); // a rejection here would surface as an unhandled rejection
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('session', () => {
  it('denies every permission but clipboard writing from our own page, and cancels requests that are not ours', () => {
    let requestHandler: ((wc: unknown, p: string, cb: (ok: boolean) => void, d?: { requestingUrl?: string }) => void) | null = null;
    let checkHandler: ((wc: unknown, p: string, origin: string) => boolean) | null = null;
    let beforeRequest: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
    let dictionaryUrl: string | null = null;
    guardSession({
      setPermissionRequestHandler: (h: never) => (requestHandler = h),
      setPermissionCheckHandler: (h: never) => (checkHandler = h),
      setSpellCheckerDictionaryDownloadURL: (url: string) => (dictionaryUrl = url),
      webRequest: { onBeforeRequest: ((h: never) => (beforeRequest = h)) as never },
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'hid', 'serial', 'usb']) {
      const answer = vi.fn();
      requestHandler!(null, permission, answer, { requestingUrl: `${APP_ORIGIN}/index.html` });
      expect(answer, permission).toHaveBeenCalledWith(false);
      expect(checkHandler!(null, permission, APP_ORIGIN), permission).toBe(false);
    }
    // "Copy" buttons write plain text to the clipboard: allowed for our origin, refused for any other.
    expect(checkHandler!(null, 'clipboard-sanitized-write', APP_ORIGIN)).toBe(true);
    expect(checkHandler!(null, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(checkHandler!(null, 'clipboard-sanitized-write', 'app://steadyhand.evil')).toBe(false);
    const answer = vi.fn();
    requestHandler!(null, 'clipboard-sanitized-write', answer, { requestingUrl: `${APP_ORIGIN}/index.html` });
    requestHandler!(null, 'clipboard-sanitized-write', answer, { requestingUrl: 'https://evil.example/' });
    requestHandler!(null, 'clipboard-sanitized-write', answer, {});
    expect(answer.mock.calls).toEqual([[true], [false], [false]]);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide(`${APP_ORIGIN}/assets/index.js`)).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    expect(decide('https://tracker.example/pixel.gif')).toBe(true);
    expect(decide('file:///etc/hosts')).toBe(true);
    // Spell-check's Hunspell download (Windows, Linux) is pointed at an address the same filter refuses.
    expect(dictionaryUrl).toBe(OFFLINE_DICTIONARY_URL);
    expect(decide(`${dictionaryUrl}en-GB-10-1.bdic`)).toBe(true);
    expect(new URL(OFFLINE_DICTIONARY_URL).hostname.endsWith('.invalid')).toBe(true);
  });
});

describe('IPC', () => {
  it('answers only our own page, through the dispatcher', async () => {
    let handler: ((event: unknown, op: unknown, input: unknown) => Promise<unknown>) | null = null;
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 1 }));
    registerIpc({ handle: (_c: string, h: never) => (handler = h) } as never, dispatch);
    expect(await handler!({ senderFrame: { url: `${APP_ORIGIN}/index.html` } }, 'clients.list', {})).toEqual({ ok: true, value: 1 });
    expect(await handler!({ senderFrame: { url: 'https://evil.example/' } }, 'clients.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handler!({ senderFrame: null }, 'clients.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).toHaveBeenCalledTimes(1);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isAppUrl('app://steadyhand.evil/index.html')).toBe(false);
  });

  it('takes "ready to close" only from our own page, with a string id', () => {
    let listener: ((event: unknown, requestId: unknown) => void) | null = null;
    const onReady = vi.fn();
    registerReadyToClose({ on: (_c: string, l: never) => (listener = l) } as never, onReady);
    listener!({ senderFrame: { url: 'https://evil.example/' } }, 'close-1');
    listener!({ senderFrame: null }, 'close-1');
    listener!({ senderFrame: { url: `${APP_ORIGIN}/index.html` } }, { id: 'close-1' });
    listener!({ senderFrame: { url: `${APP_ORIGIN}/index.html` } }, 'close-1');
    expect(onReady.mock.calls).toEqual([['close-1']]);
  });
});

describe('app:// protocol', () => {
  it('serves files under the renderer folder only', () => {
    expect(resolveAppPath('/app/renderer', '/')).toBe('/app/renderer/index.html');
    expect(resolveAppPath('/app/renderer', '/assets/index.js')).toBe('/app/renderer/assets/index.js');
    expect(resolveAppPath('/app/renderer', '/../main/index.js')).toBe('/app/renderer/main/index.js');
    expect(resolveAppPath('/app/renderer', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/app/renderer/etc/passwd');
    expect(resolveAppPath('/app/renderer', '/%E0%A4%A')).toBeNull();
  });

  it('sends the CSP header with every file it serves, and nothing from outside the folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'steadyhand-protocol-'));
    try {
      await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
      let handler: ((request: { url: string }) => Promise<Response>) | null = null;
      serveRenderer({ handle: (_scheme: string, h: never) => (handler = h) } as never, root);
      const page = await handler!({ url: `${APP_ORIGIN}/index.html` });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await handler!({ url: `${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd` })).status).toBe(404);
      expect((await handler!({ url: `${APP_ORIGIN}/missing.js` })).status).toBe(404);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('registers the scheme without bypassing the CSP', () => {
    const register = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged: register } as never);
    const [[schemes]] = register.mock.calls as [[{ scheme: string; privileges: Record<string, boolean> }[]]];
    expect(schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(schemes[0]!.privileges).not.toHaveProperty('bypassCSP');
  });
});

describe('packaged binary', () => {
  it('flips the fuses that would let someone run it as plain Node or load code from outside app.asar', () => {
    const yml = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');
    const after = yml.slice(yml.indexOf('electronFuses:')).split('\n').slice(1);
    const block = after.slice(
      0,
      after.findIndex((line) => !line.startsWith('  ')),
    );
    const fuses = Object.fromEntries(block.map((line) => line.trim().split(': ')));
    expect(fuses).toEqual({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });
});
