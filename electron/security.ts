// Every security guard of the shell in one place. Electron objects are passed in, so a plain
// Node test can check each guard without launching Electron.
import type { App, BrowserWindowConstructorOptions, Session, Shell, WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://steadyhand`;

/** No inline script, no remote origins, nothing loaded but our own files and data: images. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function secureWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
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
  };
}

/** The page is ours when it comes from our scheme (or the dev server in development). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  try {
    const parsed = new URL(url);
    if (`${parsed.protocol}//${parsed.host}` === APP_ORIGIN) return true;
    if (devServerUrl !== undefined) return parsed.origin === new URL(devServerUrl).origin;
    return false;
  } catch {
    return false;
  }
}

/** Links the VA may open in their browser or mail app: http(s) with a host and no credentials, or mailto. */
export function isAllowedExternalUrl(url: string): boolean {
  if (url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return /^[^\s@/\\]+@[^\s@/\\]+$/.test(decodeURIComponent(parsed.pathname));
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.hostname === '' || parsed.hostname === 'localhost' || /^(127\.|0\.|\[::1\])/.test(parsed.hostname)) return false;
  return true;
}

/** A message to the main process is trusted only from our own top frame. */
export function isTrustedSender(frameUrl: string | undefined, devServerUrl?: string): boolean {
  return frameUrl !== undefined && isAppUrl(frameUrl, devServerUrl);
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function guardWebContents(contents: GuardedContents, shell: Pick<Shell, 'openExternal'>, devServerUrl?: string): void {
  const blockForeign = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url, devServerUrl)) return;
    event.preventDefault();
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

type GuardedSession = {
  setPermissionRequestHandler: Session['setPermissionRequestHandler'];
  setPermissionCheckHandler: Session['setPermissionCheckHandler'];
  webRequest: { onBeforeRequest: Session['webRequest']['onBeforeRequest'] };
};

export function guardSession(session: GuardedSession, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isAppUrl(details.url, devServerUrl) || details.url.startsWith('data:') || details.url.startsWith('devtools:') || (devServerUrl !== undefined && details.url.startsWith('ws:'));
    callback({ cancel: !allowed });
  });
}

export function installSecurityGuards(app: Pick<App, 'on'>, shell: Pick<Shell, 'openExternal'>, devServerUrl?: string): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, shell, devServerUrl));
}
