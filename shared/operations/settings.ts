// Operations of the VA's settings.
import type { Settings } from '../model/settings';
import { settingsPatch } from '../model/settings';
import { none, op } from './op';

export const settingsOperations = {
  get: op(none).returns<Settings>(),
  update: op(settingsPatch).returns<Settings>(),
} as const;
