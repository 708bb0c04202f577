// The print window's guards, checked with stand-ins for Electron's objects (no Electron binary needed):
// no preload, JavaScript off, its own session, only data: requests, no navigation or new windows, and the
// window is destroyed after each job, even a failed one.
import { describe, expect, it, vi } from 'vitest';
import { electronDocumentOutput, lockDownPrintSession, PRINT_PARTITION, printWindowOptions } from '../../../electron/printing';

type RequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

function fakeSession() {
  let onRequest: RequestListener | null = null;
  let onPermission: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
  let onCheck: (() => boolean) | null = null;
  const session = {
    setPermissionRequestHandler: (h: typeof onPermission) => void (onPermission = h),
    setPermissionCheckHandler: (h: typeof onCheck) => void (onCheck = h),
    webRequest: { onBeforeRequest: (h: RequestListener) => void (onRequest = h) },
  };
  const decide = (url: string) => {
    let cancel: boolean | undefined;
    onRequest!({ url }, (r) => (cancel = r.cancel));
    return cancel;
  };
  const permission = (name: string) => {
    let granted: boolean | undefined;
    onPermission!(null, name, (g) => (granted = g));
    return granted;
  };
  return { session, decide, permission, check: () => onCheck!() };
}

function fakeWindowClass(behaviour: { printSuccess?: boolean; printReason?: string; failLoad?: boolean } = {}) {
  const made: FakeWindow[] = [];
  class FakeWindow {
    listeners = new Map<string, (event: { preventDefault(): void }) => void>();
    openHandler: (() => { action: string }) | null = null;
    loaded: string | null = null;
    destroyed = false;
    printOptions: unknown = null;
    pdfOptions: unknown = null;
    webContents = {
      on: (name: string, listener: (event: { preventDefault(): void }) => void) => this.listeners.set(name, listener),
      setWindowOpenHandler: (h: () => { action: string }) => (this.openHandler = h),
      print: (options: unknown, callback: (success: boolean, reason: string) => void) => {
        this.printOptions = options;
        callback(behaviour.printSuccess ?? true, behaviour.printReason ?? '');
      },
      printToPDF: async (options: unknown) => {
        this.pdfOptions = options;
        return Buffer.from('%PDF-1.4 fake');
      },
    };
    constructor(readonly options: ReturnType<typeof printWindowOptions>) {
      made.push(this);
    }
    async loadURL(url: string) {
      if (behaviour.failLoad) throw new Error('ERR_FAILED');
      this.loaded = url;
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return { FakeWindow, made };
}

const HTML = '<!doctype html><html><body><p>Résumé — ok</p></body></html>';

function output(behaviour?: Parameters<typeof fakeWindowClass>[0]) {
  const { FakeWindow, made } = fakeWindowClass(behaviour);
  const s = fakeSession();
  const partitions: string[] = [];
  const clipboard = { writeText: vi.fn() };
  const port = electronDocumentOutput({
    BrowserWindow: FakeWindow as never,
    fromPartition: (p) => (partitions.push(p), s.session as never),
    clipboard,
  });
  return { port, made, partitions, clipboard, session: s };
}

describe('print window', () => {
  it('has no preload, JavaScript off, sandbox on and its own in-memory session', () => {
    const session = {} as never;
    const options = printWindowOptions(session);
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      session,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(options.webPreferences?.preload).toBeUndefined();
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('cancels every request that is not data:, and refuses every permission', () => {
    const s = fakeSession();
    lockDownPrintSession(s.session as never);
    expect(s.decide('data:image/png;base64,AAAA')).toBe(false);
    for (const url of [
      'http://evil.example/x.css',
      'https://evil.example/',
      'file:///etc/passwd',
      'app://steadyhand/index.html',
      'ws://127.0.0.1:1',
      'javascript:alert(1)',
    ]) {
      expect(s.decide(url), url).toBe(true);
    }
    expect(s.permission('clipboard-read')).toBe(false);
    expect(s.check()).toBe(false);
  });

  it('makes a PDF from a data: URL, denies navigation and new windows, and destroys the window', async () => {
    const { port, made, partitions, session } = output();
    const pdf = await port.pdfFromHtml(HTML, 'letter');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.4 fake');
    expect(partitions).toEqual([PRINT_PARTITION]);
    expect(session.decide('https://evil.example/')).toBe(true);
    const w = made[0]!;
    expect(w.loaded!.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(w.loaded!.split(',')[1]!, 'base64').toString('utf8')).toBe(HTML);
    expect(w.pdfOptions).toMatchObject({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true });
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      w.listeners.get(name)!({ preventDefault });
      expect(preventDefault, name).toHaveBeenCalled();
    }
    expect(w.openHandler!()).toEqual({ action: 'deny' });
    expect(w.destroyed).toBe(true);
  });

  it('prints through the system dialog: true when printed, false when cancelled, an error when it fails', async () => {
    const printed = output();
    expect(await printed.port.printHtml(HTML, 'a4')).toBe(true);
    expect(printed.made[0]!.printOptions).toMatchObject({ silent: false, pageSize: 'A4' });
    expect(await output({ printSuccess: false, printReason: 'Print job canceled' }).port.printHtml(HTML, 'a4')).toBe(false);
    const failing = output({ printSuccess: false, printReason: 'Print job failed' });
    await expect(failing.port.printHtml(HTML, 'a4')).rejects.toThrow('Print job failed');
    expect(failing.made[0]!.destroyed).toBe(true);
    const broken = output({ failLoad: true });
    await expect(broken.port.pdfFromHtml(HTML, 'a4')).rejects.toThrow();
    expect(broken.made[0]!.destroyed).toBe(true);
  });

  it('copies text to the clipboard', async () => {
    const { port, clipboard } = output();
    await port.copyText('Hello');
    expect(clipboard.writeText).toHaveBeenCalledWith('Hello');
  });
});
