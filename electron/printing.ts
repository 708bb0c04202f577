// Print and PDF for client summaries: the document is rendered in a hidden window that can do nothing but
// show it — no preload, JavaScript off, its own in-memory session, a CSP of inline styles and data: images
// only (in the document itself), every request other than data: cancelled, navigation and new windows denied.
// Electron objects are passed in, so this stays a thin adapter behind the core's DocumentOutputPort.
import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions, Clipboard, Session, WebContents } from 'electron';
import type { DocumentOutputPort } from './core/summaries/documentOutput';
import type { PaperSize } from '../shared/model/settings';

/** No "persist:" prefix: the session lives in memory only and shares nothing with the app's own. */
export const PRINT_PARTITION = 'steadyhand-summary-print';

const PAGE_SIZE: Readonly<Record<PaperSize, 'A4' | 'Letter'>> = { a4: 'A4', letter: 'Letter' };

interface PrintingDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => ElectronBrowserWindow;
  fromPartition: (partition: string) => Session;
  clipboard: Pick<Clipboard, 'writeText'>;
}

/** Locks a session down to data: URLs and nothing else. Exported for the security test. */
export function lockDownPrintSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> },
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
}

export function printWindowOptions(session: Session): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    backgroundColor: '#ffffff',
    webPreferences: {
      session,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      images: true,
      plugins: false,
      webgl: false,
      disableDialogs: true,
    },
  };
}

/** Nothing in the document may move the window anywhere or open another. */
function denyEverythingElse(contents: WebContents): void {
  const stop = (event: { preventDefault(): void }) => event.preventDefault();
  contents.on('will-navigate', stop);
  contents.on('will-redirect', stop);
  contents.on('will-frame-navigate', stop);
  contents.on('will-attach-webview', stop);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function electronDocumentOutput(deps: PrintingDeps): DocumentOutputPort {
  let session: Session | null = null;
  const printSession = (): Session => {
    if (session === null) {
      session = deps.fromPartition(PRINT_PARTITION);
      lockDownPrintSession(session);
    }
    return session;
  };

  async function withDocument<T>(html: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
    const window = new deps.BrowserWindow(printWindowOptions(printSession()));
    try {
      denyEverythingElse(window.webContents);
      // A data: URL needs no file and no protocol handler; its CSP is the meta tag the document carries.
      await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
      return await use(window.webContents);
    } finally {
      if (!window.isDestroyed()) window.destroy();
    }
  }

  return {
    printHtml: (html, paper) =>
      withDocument(
        html,
        (contents) =>
          new Promise<boolean>((resolve, reject) => {
            contents.print({ silent: false, printBackground: true, pageSize: PAGE_SIZE[paper] }, (success, failureReason) => {
              if (success || failureReason === 'Print job canceled' || /cancel/i.test(failureReason)) resolve(success);
              else reject(new Error(failureReason));
            });
          }),
      ),
    pdfFromHtml: (html, paper) =>
      withDocument(html, async (contents) => {
        const pdf = await contents.printToPDF({ pageSize: PAGE_SIZE[paper], printBackground: true, preferCSSPageSize: true });
        return new Uint8Array(pdf);
      }),
    copyText: async (text) => deps.clipboard.writeText(text),
  };
}
