// Keeps the main window visible and alive: shown even if `ready-to-show` never comes, reloaded after a
// renderer crash (with a calm word to the VA), and an error box when the page cannot load at all.
import type { BrowserWindow, Dialog } from 'electron';

export const SHOW_ANYWAY_AFTER_MS = 4_000;
/** More crashes than this within a minute: stop reloading and say so. */
const CRASHES_BEFORE_GIVING_UP = 2;
const CRASH_WINDOW_MS = 60_000;
/** Chromium's "aborted" (a newer navigation replaced this one): not a failure. */
const ERR_ABORTED = -3;

type CaredWindow = Pick<BrowserWindow, 'once' | 'on' | 'show' | 'isVisible' | 'isDestroyed' | 'webContents'>;

export interface WindowCareOptions {
  dialog: Pick<Dialog, 'showErrorBox' | 'showMessageBox'>;
  /** Ends the app the orderly way (the core is closed first). */
  quit(): void;
  log?: (message: string, error: unknown) => void;
  showAfterMs?: number;
  now?: () => number;
}

export function careForWindow(window: CaredWindow, options: WindowCareOptions): void {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? Date.now;
  const showOnce = () => {
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  };
  window.once('ready-to-show', showOnce);
  // Some GPUs and remote desktops never send ready-to-show: a window that stays hidden looks like a dead app.
  const timer = setTimeout(showOnce, options.showAfterMs ?? SHOW_ANYWAY_AFTER_MS);
  window.once('closed', () => clearTimeout(timer));

  const crashes: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    log(`The window's page stopped (${details.reason}, exit code ${details.exitCode}).`, null);
    const at = now();
    crashes.push(at);
    while (crashes.length > 0 && at - crashes[0]! > CRASH_WINDOW_MS) crashes.shift();
    if (crashes.length > CRASHES_BEFORE_GIVING_UP) {
      options.dialog.showErrorBox(
        'Steadyhand’s window keeps stopping',
        'The window stopped several times in a row, so Steadyhand will close now. Everything you saved is safe. ' +
          `Please open Steadyhand again; if this keeps happening, restart your computer. (Last reason: ${details.reason}.)`,
      );
      options.quit();
      return;
    }
    window.webContents.once('did-finish-load', () => {
      void options.dialog
        .showMessageBox(window as BrowserWindow, {
          type: 'info',
          title: 'Steadyhand',
          message: 'Steadyhand’s window stopped unexpectedly and has been reopened.',
          detail: 'Everything you saved is safe. Anything typed in the last few seconds may need typing again.',
          buttons: ['OK'],
        })
        .catch(() => undefined);
    });
    window.webContents.reload();
  });

  window.webContents.on('did-fail-load', (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    log(`The page did not load: ${errorDescription} (${errorCode}) for ${validatedURL}.`, null);
    options.dialog.showErrorBox(
      'Steadyhand could not open its window',
      'Steadyhand’s own page did not load, so there is nothing to show. Your data has not been changed. ' +
        `Reinstalling Steadyhand usually fixes this.\n\n${errorDescription} (${errorCode}): ${validatedURL}`,
    );
    options.quit();
  });
}
