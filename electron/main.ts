// Composition root of the Electron shell: creates things and wires them; logic lives elsewhere.
// The core (data, services, the dispatcher) runs in its own utilityProcess (out/main/core.js) behind
// electron/coreHost.ts: main keeps windows, menus, dialogs, printing and routing, so opening years of data never
// stalls them. If the core process dies, the host fails the calls in flight, tells the window and starts it again.
// Every start-up failure ends in an error box and exit code 1, so no invisible process keeps the single-instance lock.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, Notification, protocol, screen, session, shell, utilityProcess } from 'electron';
import { IPC_EVENT_CHANNEL } from '../shared/bridge';
import type { AppEvent, MenuCommand } from '../shared/contract';
import { createCloseCoordinator } from './closeCoordinator';
import { installContextMenu } from './contextMenu';
import { startCoreHost, utilityCore, type CoreHost } from './coreHost';
import { resolveDataDir } from './core/dataDir';
import { electronDialogs } from './dialogs';
import { registerIpc, registerReadyToClose } from './ipc';
import { menuTemplate } from './menu';
import { electronDocumentOutput } from './printing';
import { registerAppScheme, serveRenderer } from './protocol';
import { electronNotifier, startReminders, type ReminderLoop } from './reminders';
import { APP_ORIGIN, createSecureWindow, guardSession, installSecurityGuards } from './security';
import { openWindowStateStore, type WindowBounds } from './settingsStore';
import { describeStartupError } from './startupErrors';
import { careForWindow } from './windowCare';

/** electron-builder.yml's appId: Windows shows notifications only for an app with this id (set by the installer's shortcut too). */
const APP_USER_MODEL_ID = 'app.steadyhand.desktop';
/** Fits a 1366×768 laptop at 125 % scaling (about 1093×614 usable) with room to spare. */
export const MIN_WINDOW = { width: 900, height: 560 };

const here = fileURLToPath(new URL('.', import.meta.url));
const devServerUrl = !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : undefined;
const log = (message: string, error: unknown) => console.error(message, error ?? '');

registerAppScheme(protocol);
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

// A second launch hands over to the first window and leaves before touching any data.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let core: CoreHost | null = null;
  let reminders: ReminderLoop | null = null;
  /** Set once start-up has finished: reopens the window if a second launch finds none. */
  let reopenWindow: (() => void) | null = null;
  let bringForwardWhenReady = false;

  const windowAlive = () => mainWindow !== null && !mainWindow.isDestroyed();
  const send = (event: AppEvent) => {
    if (windowAlive() && !mainWindow!.webContents.isCrashed()) mainWindow!.webContents.send(IPC_EVENT_CHANNEL, event);
  };
  const bringForward = () => {
    if (!windowAlive()) return;
    if (mainWindow!.isMinimized()) mainWindow!.restore();
    mainWindow!.show();
    mainWindow!.focus();
  };

  const closer = createCloseCoordinator({
    askPage(requestId) {
      if (!windowAlive() || mainWindow!.webContents.isCrashed()) return false;
      send({ type: 'app-closing', requestId });
      return true;
    },
    async closeCore() {
      reminders?.stop();
      await core?.close();
    },
    log,
  });

  app.on('second-instance', () => {
    if (closer.closed) return;
    if (windowAlive()) return bringForward();
    if (reopenWindow !== null) return reopenWindow();
    bringForwardWhenReady = true; // still starting: the window comes up when it is ready
  });

  async function failStartup(error: unknown, dataDir: string): Promise<void> {
    log('Steadyhand could not start.', error);
    // Release the data lock first, so the next launch is not refused because of this one.
    await core?.close().catch(() => undefined);
    const problem = describeStartupError(error, dataDir);
    dialog.showErrorBox(problem.title, problem.message);
    app.exit(1);
  }

  async function start(dataDir: string): Promise<void> {
    installSecurityGuards(app, shell, devServerUrl);
    guardSession(session.defaultSession, devServerUrl);
    serveRenderer(protocol, join(here, '../renderer'));

    // The core opens its settings itself (settings.json, the same file electron-store wrote); dialogs and printing it asks of us.
    const startedCore = startCoreHost({
      spawn: utilityCore(utilityProcess, join(here, 'core.js')),
      dataDir,
      dialogs: electronDialogs(dialog, () => mainWindow),
      documentOutput: electronDocumentOutput({ BrowserWindow, fromPartition: (p) => session.fromPartition(p), clipboard }),
      appVersion: app.getVersion(),
      log,
    });
    core = startedCore;
    await startedCore.ready;
    const windowState = await openWindowStateStore(dataDir);
    registerIpc(ipcMain, startedCore.dispatch, devServerUrl);
    registerReadyToClose(ipcMain, (requestId) => closer.pageReady(requestId), devServerUrl);
    startedCore.onEvent(send);

    const sendCommand = (command: MenuCommand) => send({ type: 'menu-command', command });
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin', sendCommand)));

    const openWindow = () => {
      const window = createMainWindow(windowState.get('bounds'));
      mainWindow = window;
      const saveBounds = () => {
        if (!window.isDestroyed()) windowState.set('bounds', { ...window.getNormalBounds(), maximized: window.isMaximized() });
      };
      // Closing the window quits the app: the page saves what is pending first, then the quit closes the core.
      window.on('close', (event) => {
        saveBounds();
        if (closer.closed) return;
        event.preventDefault();
        void closer.flushPage().then(() => app.quit());
      });
      window.on('closed', () => {
        if (mainWindow === window) mainWindow = null;
      });
      if (bringForwardWhenReady) {
        bringForwardWhenReady = false;
        window.once('ready-to-show', bringForward);
      }
    };
    openWindow();
    reopenWindow = openWindow;

    reminders = startReminders({
      dispatch: startedCore.dispatch,
      show: electronNotifier(Notification, () => {
        bringForward();
        sendCommand('open-today');
      }),
      log,
    });
  }

  void app.whenReady().then(async () => {
    let dataDir = '(unknown)';
    try {
      dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
      await start(dataDir);
    } catch (error) {
      await failStartup(error, dataDir);
    }
  });

  app.on('window-all-closed', () => app.quit());

  app.on('before-quit', (event) => {
    if (core === null || closer.closed) return;
    // The page saves what is pending, then the core finishes every write, then the app quits.
    event.preventDefault();
    void closer.close().then(() => app.quit());
  });

  function createMainWindow(bounds: WindowBounds): BrowserWindow {
    const visible = screen.getAllDisplays().some((d) => {
      const a = d.workArea;
      return (
        bounds.x !== undefined &&
        bounds.y !== undefined &&
        bounds.x < a.x + a.width &&
        bounds.x + bounds.width > a.x &&
        bounds.y < a.y + a.height &&
        bounds.y + bounds.height > a.y
      );
    });
    const preload = join(here, '../preload/index.cjs');
    const window = createSecureWindow(
      BrowserWindow,
      {
        width: Math.max(bounds.width, MIN_WINDOW.width),
        height: Math.max(bounds.height, MIN_WINDOW.height),
        ...(visible ? { x: bounds.x, y: bounds.y } : {}),
        minWidth: MIN_WINDOW.width,
        minHeight: MIN_WINDOW.height,
        show: false,
        title: 'Steadyhand',
        backgroundColor: '#f7f5f2',
      },
      preload,
    );
    if (bounds.maximized) window.maximize();
    careForWindow(window, { dialog, quit: () => app.quit(), log });
    installContextMenu(window.webContents, Menu);
    void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
    return window;
  }
}
