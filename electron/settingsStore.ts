// electron-store behind the core's settings port; a broken file is moved aside, never wiped.
import { join } from 'node:path';
import Store from 'electron-store';
import type { Settings } from '../shared/model/settings';
import { nodeFs } from './core/fs/fsPort';
import { openSettingsSafely } from './core/settings/openSettingsSafely';
import type { SettingsPort } from './core/settings/settingsPort';
import { guardSettingsFile, keepLastGoodSettings, SETTINGS_VERSION } from './core/settings/settingsFile';

export async function openElectronSettings(dataDir: string) {
  // First the data file's care for the settings file: a bad one is moved aside and the last good copy put back.
  const guarded = await guardSettingsFile(nodeFs, dataDir);
  const { store, notice: storeNotice } = await openSettingsSafely(
    () => new Store<Record<string, unknown>>({ name: 'settings', cwd: dataDir, clearInvalidConfig: false }),
    join(dataDir, 'settings.json'),
    nodeFs,
  );
  const notice = guarded ?? storeNotice;
  const port: SettingsPort = {
    read: () => store.store,
    async write(value: Settings) {
      store.store = { settingsVersion: SETTINGS_VERSION, ...value } as unknown as Record<string, unknown>;
      await keepLastGoodSettings(nodeFs, dataDir, value);
    },
  };
  return { port, notice };
}

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
