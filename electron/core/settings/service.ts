// The VA's settings, validated on the way in and merged field by field over the defaults.
import type { Settings, SettingsPatch } from '../../../shared/model/settings';
import { settingsFromStored, type SettingsPort } from './settingsPort';

export function settingsService(port: SettingsPort) {
  let current = settingsFromStored(port.read());
  return {
    get(): Settings {
      return current;
    },
    async update(patch: SettingsPatch): Promise<Settings> {
      const next: Settings = { ...current, ...patch, profile: { ...current.profile, ...patch.profile } };
      await port.write(next);
      current = next;
      return current;
    },
  };
}
