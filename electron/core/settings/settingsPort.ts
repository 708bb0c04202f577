// Settings behind a small port: electron-store in the app, a plain store in tests and the harness.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { defaultSettings, type Settings } from '../../../shared/model/settings';
import type { FsPort } from '../fs/fsPort';
import type { Notice } from '../../../shared/contract';
import { writeFileDurably } from '../storage/durableWrite';
import { guardSettingsFile, keepLastGoodSettings, serialiseSettings, SETTINGS_FILE } from './settingsFile';

export interface SettingsPort {
  /** Whatever is stored, unchecked; the settings service validates it. */
  read(): unknown;
  write(value: Settings): Promise<void>;
}

export class MemorySettings implements SettingsPort {
  constructor(private value: unknown = defaultSettings()) {}
  read(): unknown {
    return structuredClone(this.value);
  }
  async write(value: Settings): Promise<void> {
    this.value = structuredClone(value);
  }
}

/**
 * A plain JSON file, written durably: what the test harness and portable use rely on. Open it with
 * `JsonFileSettings.open`, which first checks the file (see settingsFile.ts) and says what it did.
 */
export class JsonFileSettings implements SettingsPort {
  readonly path: string;
  constructor(
    private readonly fs: FsPort,
    private readonly dir: string,
  ) {
    this.path = join(dir, SETTINGS_FILE);
  }

  static async open(fs: FsPort, dir: string, now?: () => Date): Promise<{ port: JsonFileSettings; notice: Notice | null }> {
    await fs.mkdir(dir);
    const notice = await guardSettingsFile(fs, dir, now);
    return { port: new JsonFileSettings(fs, dir), notice };
  }
  read(): unknown {
    try {
      return JSON.parse(readFileSync(this.path, 'utf8'));
    } catch {
      return undefined;
    }
  }
  async write(value: Settings): Promise<void> {
    await writeFileDurably(this.fs, this.path, serialiseSettings(value));
    await keepLastGoodSettings(this.fs, this.dir, value);
  }
}

export { settingsFromStored } from './settingsFromStored';
