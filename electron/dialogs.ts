// Native open/save dialogs behind the core's dialog port.
import type { BrowserWindow, Dialog } from 'electron';
import type { DialogPort } from './core/backups/handlers';

export function electronDialogs(dialog: Dialog, window: () => BrowserWindow | null): DialogPort {
  return {
    async chooseSavePath({ title, defaultName, extensions }) {
      const parent = window();
      const options = { title, defaultPath: defaultName, filters: [{ name: extensions.join(', ').toUpperCase(), extensions }] };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ title, extensions }) {
      const parent = window();
      const options = { title, properties: ['openFile' as const], filters: [{ name: extensions.join(', ').toUpperCase(), extensions }] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
