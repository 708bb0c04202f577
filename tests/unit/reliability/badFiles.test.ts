// Suite 3, bad files: the data file and the settings file, each missing (with backups), empty,
// NUL-filled, truncated, `null`, `[]`, valid JSON failing the schema, and from a newer version.
// Never are defaults written over a file: the original is kept byte for byte (moved aside, or left in
// place when refused), the last good backup is restored or offered, and the VA is told.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../shared/contract';
import { defaultSettings, type Settings } from '../../../shared/model/settings';
import { createCore } from '../../../electron/core/createCore';
import { nodeFs } from '../../../electron/core/fs/fsPort';
import { openSettingsSafely } from '../../../electron/core/settings/openSettingsSafely';
import { guardSettingsFile } from '../../../electron/core/settings/settingsFile';
import { JsonFileSettings, MemorySettings, type SettingsPort } from '../../../electron/core/settings/settingsPort';
import { NewerVersionError } from '../../../electron/core/storage/migrations';
import { call, clientInput, scriptedDialogs, tempDir } from '../core/helpers';
import { reportFigure } from './reliabilityKit';

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

type Damage = [label: string, bytes: ((good: string) => string | Uint8Array) | null];
const damage = (newer: (good: string) => string, invalid: string): Damage[] => [
  ['missing (with backups)', null],
  ['empty', () => new Uint8Array()],
  ['NUL-filled', () => new Uint8Array(4096)],
  ['truncated', (good) => good.slice(0, Math.floor(good.length / 2))],
  ['null', () => 'null'],
  ['[]', () => '[]'],
  ['valid JSON failing the schema', () => invalid],
  ['from a newer version', newer],
];

const dataCases = damage(
  (good) => JSON.stringify({ ...(JSON.parse(good) as object), schemaVersion: 99, futureThing: true }),
  JSON.stringify({ schemaVersion: 1, clients: [{ id: 'c1', name: 42 }], briefs: [], paperTrail: [] }),
);
const settingsCases = damage(
  (good) => JSON.stringify({ ...(JSON.parse(good) as object), settingsVersion: 99 }),
  JSON.stringify({ theme: 42, holidayRegion: 'Atlantis' }),
);

interface Outcome {
  told: boolean;
  keptByteIdentical: boolean;
  restoredOrOffered: 'restored' | 'offered' | 'refused' | 'none';
  defaultsOverData: boolean;
}
const tally: Record<string, Outcome> = {};

const openCore = (dataDir: string, settings: SettingsPort = new MemorySettings(), startupNotices: Notice[] = []) =>
  createCore({ dataDir, settings, dialogs: scriptedDialogs(), appVersion: 'bad-files', startupNotices });
const noticesOf = async (core: Awaited<ReturnType<typeof openCore>>) => (await call(core, 'app.status', {})).notices;

describe('bad data file', () => {
  it.each(dataCases)('%s', async (label, make) => {
    const dataDir = await tempDir();
    const dataFile = join(dataDir, 'steadyhand.json');
    const first = await openCore(dataDir);
    await call(first, 'clients.create', { fields: clientInput('Ada') });
    await call(first, 'backups.create', {});
    await first.close();
    const good = readFileSync(dataFile, 'utf8');
    if (make === null) unlinkSync(dataFile);
    else writeFileSync(dataFile, make(good));
    const original = make === null ? null : readFileSync(dataFile);

    const opening = openCore(dataDir);
    if (label === 'from a newer version') {
      // Refused untouched, with a message the shell shows before quitting.
      const error = await opening.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NewerVersionError);
      tally[`data: ${label}`] = {
        told: /newer version/.test((error as Error).message),
        keptByteIdentical: sha(readFileSync(dataFile)) === sha(original!),
        restoredOrOffered: 'refused',
        defaultsOverData: false,
      };
      return;
    }
    const core = await opening;
    const notices = await noticesOf(core);
    const names = core.db.data.clients.map((c) => c.name);
    const notice = notices[0];
    tally[`data: ${label}`] = {
      told: notice !== undefined && notice.severity !== 'info',
      keptByteIdentical: original === null ? true : notice?.movedTo !== undefined && sha(readFileSync(notice.movedTo)) === sha(original),
      restoredOrOffered:
        notice?.kind === 'recovered-from-backup' && names.includes('Ada')
          ? 'restored'
          : notice?.kind === 'missing-data-with-backups' && notice.backupName
            ? 'offered'
            : 'none',
      // A missing file stays missing until the VA acts: nothing is written in its place.
      defaultsOverData: original === null ? existsSync(dataFile) : !names.includes('Ada'),
    };
    await core.close();
  });
});

function customSettings(): Settings {
  return { ...defaultSettings(), theme: 'dark', holidayRegion: 'GB-SCT', profile: { ...defaultSettings().profile, name: 'Sam' } };
}

describe('bad settings file', () => {
  it.each(settingsCases)('%s', async (label, make) => {
    const dir = await tempDir();
    const file = join(dir, 'settings.json');
    const first = await JsonFileSettings.open(nodeFs, dir);
    const core = await openCore(dir, first.port);
    await call(core, 'settings.update', customSettings());
    await core.close();
    const good = readFileSync(file, 'utf8');
    if (make === null) unlinkSync(file);
    else writeFileSync(file, make(good));
    const original = make === null ? null : readFileSync(file);

    const opened = await JsonFileSettings.open(nodeFs, dir);
    const again = await openCore(dir, opened.port, opened.notice ? [opened.notice] : []);
    const notice = (await noticesOf(again)).find((n) => n.kind === 'settings-reset');
    const now = await call(again, 'settings.get', {});
    tally[`settings: ${label}`] = {
      told: notice !== undefined,
      keptByteIdentical: original === null ? true : notice?.movedTo !== undefined && sha(readFileSync(notice.movedTo)) === sha(original),
      restoredOrOffered: now.theme === 'dark' && now.profile.name === 'Sam' ? 'restored' : 'none',
      defaultsOverData: now.theme !== 'dark',
    };
    await again.close();

    // The Electron shell's path (electron-store wraps conf): the same guard runs before the store opens.
    if (make !== null) {
      writeFileSync(file, make(good));
      expect(await guardSettingsFile(nodeFs, dir)).not.toBeNull();
      const { store, notice: storeNotice } = await openSettingsSafely(
        () => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'steadyhand-test', clearInvalidConfig: false }),
        file,
        nodeFs,
      );
      expect(storeNotice).toBeNull();
      expect(store.get('theme')).toBe('dark');
    }
  });
});

describe('bad files, in figures', () => {
  it('never resets silently', () => {
    const cases = Object.entries(tally);
    const silent = cases.filter(([, o]) => !o.told || !o.keptByteIdentical || o.defaultsOverData || o.restoredOrOffered === 'none');
    const count = (kind: Outcome['restoredOrOffered']) => cases.filter(([, o]) => o.restoredOrOffered === kind).length;
    reportFigure(
      `bad-files: ${cases.length} cases, ${silent.length} silent resets ` +
        `(${cases.filter(([, o]) => o.keptByteIdentical).length} originals kept byte-identical, ${count('restored')} restored from the last good backup, ` +
        `${count('offered')} backup offered, ${count('refused')} refused untouched as from a newer version)`,
    );
    expect(cases).toHaveLength(16);
    expect(silent.map(([label]) => label)).toEqual([]);
  });
});
