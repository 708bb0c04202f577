// Opens a settings store whose constructor throws on a broken file (electron-store, conf) without
// ever wiping the user's file: the broken file is moved aside and the user is told.
import type { Notice } from '../../../shared/contract';
import type { FsPort } from '../fs/fsPort';

export async function openSettingsSafely<T>(
  create: () => T,
  settingsFilePath: string,
  fs: FsPort,
  now: () => Date = () => new Date(),
): Promise<{ store: T; notice: Notice | null }> {
  try {
    return { store: create(), notice: null };
  } catch (firstError) {
    if ((await fs.stat(settingsFilePath)) === null) throw firstError;
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const movedTo = `${settingsFilePath}.damaged-${stamp}`;
    await fs.rename(settingsFilePath, movedTo);
    return {
      store: create(),
      notice: {
        id: `settings-${stamp}`,
        kind: 'settings-reset',
        severity: 'warning',
        title: 'Your settings could not be read',
        message:
          'Steadyhand is using its default settings for now. Your clients, briefs and paper trail are not affected. The unreadable settings file was kept.',
        movedTo,
      },
    };
  }
}
