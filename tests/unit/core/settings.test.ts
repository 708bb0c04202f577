// Settings: stored values merged field by field over the defaults, and updates validated at the door.
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../shared/model/settings';
import { JsonFileSettings, MemorySettings, settingsFromStored } from '../../../electron/core/settings/settingsPort';
import { nodeFs } from '../../../electron/core/fs/fsPort';
import { call, callError, openTestCore, readJson, tempDir } from './helpers';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** Every field away from its default where it matters here; fields added later keep their defaults. */
function customSettings(): Settings {
  return {
    ...defaultSettings(),
    profile: { name: 'Sam', businessName: 'Sam Assists', email: 'sam@example.com', phone: '07700 900000', signature: 'Best,\nSam', logoDataUrl: PNG },
    defaultConformityDays: 5,
    holidayRegion: 'GB-SCT',
    theme: 'dark',
    breathingPattern: 'box',
    disabledToneRules: [],
  };
}

describe('settingsFromStored', () => {
  it.each([undefined, null, 42, 'dark', [], [customSettings()]])('gives the defaults for %j', (stored) => {
    expect(settingsFromStored(stored)).toEqual(defaultSettings());
  });

  it('keeps valid stored settings as they are', () => {
    expect(settingsFromStored(customSettings())).toEqual(customSettings());
  });

  it('keeps every valid field and defaults only the bad ones, inside the profile too', () => {
    const stored = {
      ...customSettings(),
      theme: 'neon',
      defaultConformityDays: 'seven',
      profile: { ...customSettings().profile, email: 'not an email', logoDataUrl: 'javascript:alert(1)', extra: 'ignored' },
      unknownSetting: true,
    };
    const expected = customSettings();
    expected.theme = 'system';
    expected.defaultConformityDays = 3;
    expected.profile.email = '';
    expected.profile.logoDataUrl = '';
    expect(settingsFromStored(stored)).toEqual(expected);
  });

  it('fills in fields an older settings file does not have yet', () => {
    const { theme, ...withoutTheme } = customSettings();
    expect(theme).toBe('dark');
    const stored = { ...withoutTheme, profile: { name: 'Sam' } };
    expect(settingsFromStored(stored)).toEqual({ ...withoutTheme, theme: 'system', profile: { ...defaultSettings().profile, name: 'Sam' } });
  });
});

describe('settings operations', () => {
  it('starts from what the port holds, repaired', async () => {
    const port = new MemorySettings({ ...customSettings(), holidayRegion: 'Atlantis' });
    const { core } = await openTestCore({ settings: port });
    expect(await call(core, 'settings.get', {})).toEqual({ ...customSettings(), holidayRegion: 'GB-ENG' });
  });

  it('updates part of the profile and keeps the rest, and stores the result', async () => {
    const port = new MemorySettings(customSettings());
    const { core } = await openTestCore({ settings: port });
    const updated = await call(core, 'settings.update', { profile: { name: '  Sam Smith  ' }, theme: 'light' });
    const expected = { ...customSettings(), theme: 'light' as const, profile: { ...customSettings().profile, name: 'Sam Smith' } };
    expect(updated).toEqual(expected);
    expect(port.read()).toEqual(expected);
    expect(await call(core, 'settings.get', {})).toEqual(expected);
  });

  it.each([
    [{ theme: 'purple' }, 'theme'],
    [{ defaultConformityDays: 61 }, 'defaultConformityDays'],
    [{ defaultConformityDays: 2.5 }, 'defaultConformityDays'],
    [{ holidayRegion: 'Atlantis' }, 'holidayRegion'],
    [{ profile: { email: 'sam@' } }, 'profile.email'],
    [{ profile: { logoDataUrl: 'https://example.com/logo.png' } }, 'profile.logoDataUrl'],
    [{ windowBounds: { x: 1 } }, '_'],
  ])('refuses %j and stores nothing', async (patch, field) => {
    const port = new MemorySettings(customSettings());
    const { core } = await openTestCore({ settings: port });
    const error = await callError(core, 'settings.update', patch);
    expect(error.code).toBe('invalid_input');
    expect(error.details?.fields?.[field]).toEqual(expect.any(String));
    expect(port.read()).toEqual(customSettings());
    expect(await call(core, 'settings.get', {})).toEqual(customSettings());
  });

  it('persists through the JSON file port across restarts', async () => {
    const dir = await tempDir();
    const first = await openTestCore({ settings: new JsonFileSettings(nodeFs, dir) });
    await call(first.core, 'settings.update', { theme: 'dark', holidayRegion: 'US' });
    expect(readJson(new JsonFileSettings(nodeFs, dir).path)).toMatchObject({ theme: 'dark', holidayRegion: 'US' });

    const second = await first.reopen({ settings: new JsonFileSettings(nodeFs, dir) });
    expect(await call(second.core, 'settings.get', {})).toMatchObject({ theme: 'dark', holidayRegion: 'US' });
  });
});
