// Settings in the core process: `conf`, the plain-Node store electron-store wraps, on the same
// `settings.json` with the same care (a broken file is moved aside, never wiped; the last good copy kept).
import { join } from 'node:path';
import Conf from 'conf';
import type { Settings } from '../../../shared/model/settings';
import { nodeFs } from '../fs/fsPort';
import { openSettingsSafely } from '../settings/openSettingsSafely';
import type { SettingsPort } from '../settings/settingsPort';
import { guardSettingsFile, keepLastGoodSettings, SETTINGS_VERSION } from '../settings/settingsFile';

export async function openConfSettings(dataDir: string) {
  // First the data file's care for the settings file: a bad one is moved aside and the last good copy put back.
  const guarded = await guardSettingsFile(nodeFs, dataDir);
  const { store, notice: storeNotice } = await openSettingsSafely(
    // The options electron-store passes for `name: 'settings'`: the same file, read the same way.
    () => new Conf<Record<string, unknown>>({ configName: 'settings', cwd: dataDir, projectName: 'steadyhand', clearInvalidConfig: false }),
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
