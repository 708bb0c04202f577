// electron-store for what only the shell keeps (the window's place and size); a broken file is moved aside, never wiped.
// The VA's settings are opened by the core process itself (JsonFileSettings, electron/core/settings/settingsPort.ts).
import { join } from 'node:path';
import Store from 'electron-store';
import { nodeFs } from './core/fs/fsPort';
import { openSettingsSafely } from './core/settings/openSettingsSafely';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export async function openWindowStateStore(dataDir: string) {
  const { store } = await openSettingsSafely(
    () =>
      new Store<{ bounds: WindowBounds }>({
        name: 'window-state',
        cwd: dataDir,
        clearInvalidConfig: false,
        defaults: { bounds: { width: 1280, height: 820, maximized: false } },
      }),
    join(dataDir, 'window-state.json'),
    nodeFs,
  );
  return store;
}
