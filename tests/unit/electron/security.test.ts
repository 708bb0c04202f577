// The shell's security guards, checked with stand-in Electron objects (no Electron binary is needed).
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  guardSession,
  guardWebContents,
  installSecurityGuards,
  isAllowedExternalUrl,
  isAppUrl,
  isTrustedSender,
  secureWebPreferences,
} from '../../../electron/security';
import { resolveAppPath } from '../../../electron/protocol';
import { registerIpc } from '../../../electron/ipc';

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  return {
    on: (name: string, l: Listener) => listeners.set(name, l),
    setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => (openHandler = h),
    fire(name: string, url: string) {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event, url);
      return event;
    },
    open: (url: string) => openHandler!({ url }),
    listeners,
  };
}

describe('window options', () => {
  it('isolate the page, sandbox it and keep Node out', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      preload: '/app/preload.cjs',
    });
  });

  it('use a CSP with no inline script and no remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
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
    expect(contents.listeners.has('will-attach-webview')).toBe(true);
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
    ])
      expect(isAllowedExternalUrl(bad), bad).toBe(false);
  });
});

describe('session', () => {
  it('denies every permission and cancels requests that are not ours', () => {
    let requestHandler: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let checkHandler: (() => boolean) | null = null;
    let beforeRequest: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
    guardSession({
      setPermissionRequestHandler: (h: never) => (requestHandler = h),
      setPermissionCheckHandler: (h: never) => (checkHandler = h),
      webRequest: { onBeforeRequest: ((h: never) => (beforeRequest = h)) as never },
    } as never);
    const answer = vi.fn();
    requestHandler!(null, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(checkHandler!()).toBe(false);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide(`${APP_ORIGIN}/assets/index.js`)).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    expect(decide('https://tracker.example/pixel.gif')).toBe(true);
    expect(decide('file:///etc/hosts')).toBe(true);
  });
});

describe('IPC', () => {
  it('answers only our own page, through the dispatcher', async () => {
    let handler: ((event: unknown, op: unknown, input: unknown) => Promise<unknown>) | null = null;
    const dispatch = vi.fn(async () => ({ ok: true, value: 1 }));
    registerIpc({ handle: (_c: string, h: never) => (handler = h) } as never, dispatch);
    expect(await handler!({ senderFrame: { url: `${APP_ORIGIN}/index.html` } }, 'clients.list', {})).toEqual({ ok: true, value: 1 });
    expect(await handler!({ senderFrame: { url: 'https://evil.example/' } }, 'clients.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handler!({ senderFrame: null }, 'clients.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).toHaveBeenCalledTimes(1);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isAppUrl('app://steadyhand.evil/index.html')).toBe(false);
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
});
