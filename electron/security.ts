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

type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * The only way the app makes a window. The preferences are written out literally inside
 * `new BrowserWindow(...)` (the parameter keeps Electron's name) so electronegativity's static
 * checks can read them, not only our unit test. `preloadPath: null` for a window with no bridge.
 */
export function createSecureWindow<W>(
  BrowserWindow: WindowConstructor<W>,
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  preloadPath: string | null,
): W {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...(preloadPath === null ? {} : { preload: preloadPath }),
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
      // Middle-click would ask for a new window; the open handler denies it anyway, this stops it earlier.
      disableBlinkFeatures: 'Auxclick',
    },
  });
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
  if (parsed.protocol === 'mailto:') {
    // A stray `%` in a client's address must not throw inside a navigation handler of the main process.
    let address: string;
    try {
      address = decodeURIComponent(parsed.pathname);
    } catch {
      return false;
    }
    return /^[^\s@/\\]+@[^\s@/\\]+$/.test(address);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  // Nothing on this machine: `localhost.` and `*.localhost` too, and every IPv6 literal
  // (`[::1]`, `[::ffff:7f00:1]`…), which a VA's links never need.
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (host === '' || host === 'localhost' || host.endsWith('.localhost') || host.startsWith('[') || /^(127|0)\./.test(host)) return false;
  return true;
}

/** The one call to `shell.openExternal`: only what `isAllowedExternalUrl` accepts reaches the OS. */
export function openExternalIfAllowed(shell: Pick<Shell, 'openExternal'>, url: string): boolean {
  if (!isAllowedExternalUrl(url)) return false;
  // No browser or mail app for the scheme is not our failure to report as a crash.
  void Promise.resolve(shell.openExternal(url)).catch(() => undefined);
  return true;
}

/** A message to the main process is trusted only from our own top frame. */
export function isTrustedSender(frameUrl: string | undefined, devServerUrl?: string): boolean {
  return frameUrl !== undefined && isAppUrl(frameUrl, devServerUrl);
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'getURL'>;

export function guardWebContents(contents: GuardedContents, shell: Pick<Shell, 'openExternal'>, devServerUrl?: string): void {
  // Only our own pages may hand a link to the browser; the hidden print window (a data: page) never does.
  const openFromOurPage = (url: string) => {
    if (isAppUrl(contents.getURL(), devServerUrl)) openExternalIfAllowed(shell, url);
  };
  const blockForeign = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url, devServerUrl)) return;
    event.preventDefault();
    openFromOurPage(url);
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  // Subframes too (the CSP already forbids frames); the main frame is handled above, without a second openExternal.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openFromOurPage(url);
    return { action: 'deny' };
  });
}

type GuardedSession = {
  setPermissionRequestHandler: Session['setPermissionRequestHandler'];
  setPermissionCheckHandler: Session['setPermissionCheckHandler'];
  setSpellCheckerDictionaryDownloadURL: Session['setSpellCheckerDictionaryDownloadURL'];
  webRequest: { onBeforeRequest: Session['webRequest']['onBeforeRequest'] };
};

/**
 * Where Chromium would fetch Hunspell dictionaries on Windows and Linux (Google's CDN by default). `.invalid`
 * never resolves (RFC 6761) and the request filter below refuses it anyway: spell-check sends nothing anywhere.
 */
export const OFFLINE_DICTIONARY_URL = 'https://dictionaries.invalid/';

/** The one permission our page may use: writing plain text to the clipboard ("Copy" buttons), from our own origin only. */
export function isAllowedPermission(permission: string, origin: string | undefined, devServerUrl?: string): boolean {
  return permission === 'clipboard-sanitized-write' && origin !== undefined && isAppUrl(origin, devServerUrl);
}

export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  return isAppUrl(url, devServerUrl) || url.startsWith('data:') || url.startsWith('devtools:') || (devServerUrl !== undefined && url.startsWith('ws:'));
}

export function guardSession(session: GuardedSession, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isAllowedPermission(permission, details?.requestingUrl, devServerUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isAllowedPermission(permission, requestingOrigin, devServerUrl));
  session.setSpellCheckerDictionaryDownloadURL(OFFLINE_DICTIONARY_URL);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, devServerUrl) }));
}

export function installSecurityGuards(app: Pick<App, 'on'>, shell: Pick<Shell, 'openExternal'>, devServerUrl?: string): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, shell, devServerUrl));
}
