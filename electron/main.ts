// Composition root of the Electron shell: creates things and wires them; logic lives elsewhere.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, Notification, protocol, screen, session, shell } from 'electron';
import { IPC_EVENT_CHANNEL, type AppEvent, type MenuCommand } from '../shared/contract';
import { createCore, type Core } from './core/createCore';
import { resolveDataDir } from './core/dataDir';
import { DataLockedError } from './core/storage/lock';
import { NewerVersionError } from './core/storage/migrations';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { electronDocumentOutput } from './printing';
import { registerAppScheme, serveRenderer } from './protocol';
import { electronNotifier, startReminders } from './reminders';
import { APP_ORIGIN, createSecureWindow, guardSession, installSecurityGuards } from './security';
import { openElectronSettings, openWindowStateStore, type WindowBounds } from './settingsStore';

const here = fileURLToPath(new URL('.', import.meta.url));
const devServerUrl = !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : undefined;

registerAppScheme(protocol);

// A second launch hands over to the first window and leaves before touching any data.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let core: Core | null = null;

  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  const fail = (title: string, message: string) => {
    dialog.showErrorBox(title, message);
    app.exit(1);
  };

  app.whenReady().then(async () => {
    installSecurityGuards(app, shell, devServerUrl);
    guardSession(session.defaultSession, devServerUrl);
    serveRenderer(protocol, join(here, '../renderer'));

    const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
    const settings = await openElectronSettings(dataDir);
    try {
      core = await createCore({
        dataDir,
        settings: settings.port,
        dialogs: electronDialogs(dialog, () => mainWindow),
        documentOutput: electronDocumentOutput({ BrowserWindow, fromPartition: (p) => session.fromPartition(p), clipboard }),
        appVersion: app.getVersion(),
        startupNotices: settings.notice ? [settings.notice] : [],
        log: (message, error) => console.error(message, error),
      });
    } catch (error) {
      if (error instanceof DataLockedError || error instanceof NewerVersionError) return fail('Steadyhand cannot open your data', error.message);
      throw error;
    }
    registerIpc(ipcMain, core.dispatch, devServerUrl);

    const windowState = await openWindowStateStore(dataDir);
    mainWindow = createMainWindow(windowState.get('bounds'));
    const send = (event: AppEvent) => mainWindow?.webContents.send(IPC_EVENT_CHANNEL, event);
    core.onEvent(send);
    const sendCommand = (command: MenuCommand) => send({ type: 'menu-command', command });
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin', sendCommand)));
    const openToday = () => {
      if (mainWindow === null) return;
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.show();
      mainWindow.focus();
      sendCommand('open-today');
    };
    const reminders = startReminders({
      dispatch: core.dispatch,
      show: electronNotifier(Notification, openToday),
      log: (message, error) => console.error(message, error),
    });
    app.once('before-quit', () => reminders.stop());

    const saveBounds = () => {
      if (mainWindow === null || mainWindow.isDestroyed()) return;
      windowState.set('bounds', { ...mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() });
    };
    mainWindow.on('close', saveBounds);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => app.quit());

  let closing = false;
  app.on('before-quit', (event) => {
    if (core === null || closing) return;
    // Finish every pending write before the process ends.
    event.preventDefault();
    closing = true;
    void core.close().finally(() => app.quit());
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
        width: Math.max(bounds.width, 1024),
        height: Math.max(bounds.height, 640),
        ...(visible ? { x: bounds.x, y: bounds.y } : {}),
        minWidth: 1024,
        minHeight: 640,
        show: false,
        title: 'Steadyhand',
        backgroundColor: '#f7f5f2',
      },
      preload,
    );
    if (bounds.maximized) window.maximize();
    window.once('ready-to-show', () => window.show());
    void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
    return window;
  }
}
