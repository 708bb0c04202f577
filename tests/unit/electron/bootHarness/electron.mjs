// A recording stand-in for the `electron` module: only the API surface electron/main.ts (and electron-store)
// use. Every call that matters is appended to a JSON-lines file the test reads; the "page" is a few lines that
// answer `app-closing` the way renderer/src/app/closing.ts does. This is not Electron: no window, no Chromium.
import { fork } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

const RECORD_FILE = process.env.STEADYHAND_BOOT_RECORD;
const CHANNELS = JSON.parse(process.env.STEADYHAND_BOOT_CHANNELS ?? '{}');
/** 'saves-then-answers': on app-closing the page saves a client, then answers; 'silent': it never answers. */
const PAGE_MODE = process.env.STEADYHAND_BOOT_PAGE ?? 'saves-then-answers';
const PAGE_URL = 'app://steadyhand/index.html';

let seq = 0;
export function record(name, detail = {}) {
  appendFileSync(RECORD_FILE, JSON.stringify({ seq: ++seq, at: Date.now(), name, ...detail }) + '\n');
}

// Electron only warns about an unhandled rejection in main; so does the stand-in (the test fails on any).
process.on('unhandledRejection', (error) => record('unhandledRejection', { message: String(error?.stack ?? error) }));

const ipcHandlers = new Map();
const ipcListeners = new Map();
const protocolHandlers = new Map();
const windows = [];
let ready = false;
let resolveReady;
const readyPromise = new Promise((r) => (resolveReady = r));

const makeEvent = () => {
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  return event;
};

class FakeApp extends EventEmitter {
  isPackaged = false;
  #quitting = false;
  requestSingleInstanceLock() {
    record('requestSingleInstanceLock');
    return true;
  }
  setAppUserModelId(id) {
    record('setAppUserModelId', { id });
  }
  getPath(name) {
    return join(process.env.STEADYHAND_BOOT_USERDATA, name === 'userData' ? '' : name);
  }
  getVersion() {
    return '0.1.0';
  }
  getName() {
    return 'Steadyhand';
  }
  whenReady() {
    return readyPromise;
  }
  isReady() {
    return ready;
  }
  /** As Electron: before-quit (may be prevented), then each window's close (may be prevented), then quit. */
  quit() {
    record('app.quit');
    if (this.#quitting) return;
    this.#quitting = true;
    try {
      const before = makeEvent();
      this.emit('before-quit', before);
      if (before.defaultPrevented) return record('quit-deferred');
      for (const window of windows.filter((w) => !w.isDestroyed())) {
        const close = makeEvent();
        window.emit('close', close);
        if (close.defaultPrevented) return record('quit-held-by-window');
        window.destroy();
      }
      this.emit('will-quit', makeEvent());
      this.emit('quit');
      record('exit', { code: 0 });
      process.exit(0);
    } finally {
      this.#quitting = false;
    }
  }
  exit(code = 0) {
    record('app.exit', { code });
    process.exit(code);
  }
}
export const app = new FakeApp();

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    record('protocol.registerSchemesAsPrivileged', { schemes, beforeReady: !ready });
    if (ready) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
  },
  handle(scheme, handler) {
    record('protocol.handle', { scheme });
    protocolHandlers.set(scheme, handler);
  },
};

let requestFilter = null;
const fakeSession = {
  setPermissionRequestHandler: () => record('session.setPermissionRequestHandler'),
  setPermissionCheckHandler: () => record('session.setPermissionCheckHandler'),
  setSpellCheckerDictionaryDownloadURL: (url) => record('session.setSpellCheckerDictionaryDownloadURL', { url }),
  addWordToSpellCheckerDictionary: () => true,
  webRequest: {
    onBeforeRequest: (filter) => {
      record('session.webRequest.onBeforeRequest');
      requestFilter = filter;
    },
  },
};
export const session = { defaultSession: fakeSession, fromPartition: () => ({ ...fakeSession, webRequest: { onBeforeRequest: () => undefined } }) };

export const ipcMain = {
  handle(channel, handler) {
    record('ipcMain.handle', { channel });
    ipcHandlers.set(channel, handler);
  },
  on(channel, listener) {
    record('ipcMain.on', { channel });
    ipcListeners.set(channel, [...(ipcListeners.get(channel) ?? []), listener]);
  },
};

const pageFrame = () => ({ senderFrame: { url: PAGE_URL }, sender: null });

/** The page's answer to `app-closing`, as renderer/src/app/closing.ts gives it (its pending save first). */
async function pageAnswersClosing(requestId) {
  if (PAGE_MODE === 'silent') return record('page-silent', { requestId });
  const saved = await ipcHandlers.get(CHANNELS.invoke)(pageFrame(), 'clients.create', { fields: JSON.parse(process.env.STEADYHAND_BOOT_CLIENT) });
  record('page-saved', { ok: saved.ok });
  for (const listener of ipcListeners.get(CHANNELS.readyToClose) ?? []) listener(pageFrame(), requestId);
  record('page-ready-to-close', { requestId });
}

class FakeWebContents extends EventEmitter {
  url = '';
  session = fakeSession;
  send(channel, payload) {
    record('webContents.send', { channel, payload });
    if (channel === CHANNELS.event && payload?.type === 'app-closing') setTimeout(() => void pageAnswersClosing(payload.requestId), 20);
  }
  setWindowOpenHandler() {
    record('webContents.setWindowOpenHandler');
  }
  getURL() {
    return this.url;
  }
  isCrashed() {
    return false;
  }
  reload() {
    record('webContents.reload');
  }
  replaceMisspelling() {}
}

export class BrowserWindow extends EventEmitter {
  #destroyed = false;
  #visible = false;
  constructor(options) {
    super();
    record('BrowserWindow', { options });
    this.webContents = new FakeWebContents();
    windows.push(this);
    app.emit('web-contents-created', makeEvent(), this.webContents);
  }
  async loadURL(url) {
    record('loadURL', { url });
    this.webContents.url = url;
    setTimeout(() => {
      this.emit('ready-to-show');
      this.webContents.emit('did-finish-load');
    }, 10);
  }
  show() {
    this.#visible = true;
    record('window.show');
  }
  hide() {
    this.#visible = false;
  }
  focus() {
    record('window.focus');
  }
  isVisible() {
    return this.#visible;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  maximize() {}
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 10, width: 1280, height: 820 };
  }
  isDestroyed() {
    return this.#destroyed;
  }
  destroy() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    record('window.destroyed');
    this.emit('closed');
  }
}

export const dialog = {
  showErrorBox(title, message) {
    record('dialog.showErrorBox', { title, message });
  },
  async showMessageBox(...args) {
    record('dialog.showMessageBox', { options: args.at(-1) });
    return { response: 0 };
  },
  async showSaveDialog() {
    return { canceled: true };
  },
  async showOpenDialog() {
    return { canceled: true, filePaths: [] };
  },
};

export const Menu = {
  buildFromTemplate(template) {
    return { items: template, popup: () => record('menu.popup') };
  },
  setApplicationMenu(menu) {
    record('Menu.setApplicationMenu', { labels: menu.items.map((i) => i.label ?? i.role) });
  },
};

export class Notification extends EventEmitter {
  static isSupported() {
    return false;
  }
  show() {}
}

/**
 * Electron's utilityProcess, played by a real Node child: `fork` with structured-clone messages. The child sees no
 * `process.parentPort`, so the core entry speaks over `process.send`, the other half of its one adapter.
 */
class FakeUtilityProcess extends EventEmitter {
  constructor(child) {
    super();
    this.child = child;
    child.on('message', (message) => this.emit('message', message));
    child.on('exit', (code, signal) => {
      record('utilityProcess.exit', { code, signal });
      this.emit('exit', code ?? 1);
    });
  }
  get pid() {
    return this.child.pid;
  }
  postMessage(message) {
    if (this.child.connected) this.child.send(message);
  }
  kill() {
    return this.child.kill();
  }
}
const utilityPids = [];
export const utilityProcess = {
  fork(modulePath, args = [], options = {}) {
    record('utilityProcess.fork', { modulePath, serviceName: options.serviceName, execArgv: options.execArgv });
    const child = fork(modulePath, args, { serialization: 'advanced', execArgv: options.execArgv ?? [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const proc = new FakeUtilityProcess(child);
    record('utilityProcess.spawned', { pid: child.pid });
    utilityPids.push(child.pid);
    return proc;
  },
};

export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export const clipboard = { writeText: () => undefined, write: () => undefined };
export const shell = { openExternal: async () => undefined };

export default { app, protocol, session, ipcMain, BrowserWindow, dialog, Menu, Notification, screen, clipboard, shell, utilityProcess };

/** The test's commands: fetch through the app:// handler, invoke through the IPC handler, quit, second launch. */
export function listenForCommands() {
  process.on('message', async (message) => {
    const reply = (value) => process.send?.({ id: message.id, value });
    try {
      switch (message.cmd) {
        case 'fetch': {
          const response = await protocolHandlers.get('app')(new Request(message.url));
          const body = Buffer.from(await response.arrayBuffer());
          return reply({
            status: response.status,
            contentType: response.headers.get('content-type'),
            csp: response.headers.get('content-security-policy'),
            length: body.length,
            text: body.length < 200_000 ? body.toString('utf8') : '',
          });
        }
        case 'invoke':
          return reply(await ipcHandlers.get(CHANNELS.invoke)({ senderFrame: { url: message.frameUrl } }, message.operation, message.input));
        case 'request': {
          let decision;
          requestFilter({ url: message.url }, (d) => (decision = d));
          return reply(decision);
        }
        case 'hide':
          windows.forEach((w) => w.hide());
          return reply(null);
        case 'second-instance':
          app.emit('second-instance', makeEvent(), [], process.cwd());
          return reply(null);
        case 'core-pid':
          return reply(utilityPids.at(-1) ?? null);
        case 'quit':
          reply(null);
          return app.quit();
        default:
          return reply({ error: `unknown command ${message.cmd}` });
      }
    } catch (error) {
      reply({ error: String(error?.stack ?? error) });
    }
  });
}

/** Electron's `ready`, once the main module has run (as in the real app, scheme registration comes first). */
export function becomeReady() {
  setTimeout(() => {
    ready = true;
    record('ready');
    resolveReady();
    app.emit('ready', makeEvent(), {});
  }, 5);
}
