// The settings file gets the data file's care: before any store reads it, a file that is empty,
// unreadable, not settings, invalid or from a newer version is moved aside byte for byte (never
// overwritten with defaults), the last good copy is put back, and the VA is told. The last good
// copy (`backups/settings-last-good.json`) is refreshed each time settings are saved.
import { join } from 'node:path';
import type { Notice } from '../../../shared/contract';
import { defaultSettings, type Settings, settings as settingsSchema } from '../../../shared/model/settings';
import type { FsPort } from '../fs/fsPort';
import { writeFileDurably } from '../storage/durableWrite';
import { settingsFromStored } from './settingsFromStored';
import { decodeText } from '../storage/readDocument';
import { moveAside, stamp } from '../storage/recoverDocument';

export const SETTINGS_FILE = 'settings.json';
/** Written into the file; a file with a higher one comes from a newer Steadyhand. */
export const SETTINGS_VERSION = 1;
const LAST_GOOD = join('backups', 'settings-last-good.json');

export type SettingsRead =
  | { ok: true; stored: Record<string, unknown> }
  | { ok: false; problem: 'empty' | 'unreadable' | 'not-settings' | 'newer-version'; detail: string }
  | { ok: false; problem: 'invalid'; detail: string; stored: Record<string, unknown> };

export function readSettingsBytes(bytes: Uint8Array): SettingsRead {
  const text = decodeText(bytes);
  if (!/[^\s\0]/.test(text)) return { ok: false, problem: 'empty', detail: 'the file is empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'unreadable', detail: 'the file is not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      ok: false,
      problem: 'not-settings',
      detail: `the file holds ${parsed === null ? 'null' : Array.isArray(parsed) ? 'a list' : typeof parsed}, not settings`,
    };
  }
  const stored = parsed as Record<string, unknown>;
  const version = stored.settingsVersion;
  if (typeof version === 'number' && version > SETTINGS_VERSION)
    return { ok: false, problem: 'newer-version', detail: 'it was saved by a newer version of Steadyhand' };
  // Fields an older file does not have yet take their defaults; a field that is there must be valid.
  const defaults = defaultSettings();
  const profile = typeof stored.profile === 'object' && stored.profile !== null ? stored.profile : {};
  const candidate = { ...defaults, ...pick(stored, defaults), profile: { ...defaults.profile, ...pick(profile as Record<string, unknown>, defaults.profile) } };
  const checked = settingsSchema.safeParse(candidate);
  if (!checked.success)
    return { ok: false, problem: 'invalid', detail: `a setting is not valid (${checked.error.issues[0]?.path.join('.') ?? 'unknown'})`, stored };
  return { ok: true, stored };
}

function pick(from: Record<string, unknown>, known: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(from).filter(([k]) => Object.hasOwn(known, k)));
}

export function serialiseSettings(value: Settings): string {
  return JSON.stringify({ settingsVersion: SETTINGS_VERSION, ...value }, null, 2);
}

/** After settings are saved: the copy a damaged or missing settings file is restored from. */
export async function keepLastGoodSettings(fs: FsPort, dir: string, value: Settings): Promise<void> {
  await fs.mkdir(join(dir, 'backups'));
  await writeFileDurably(fs, join(dir, LAST_GOOD), serialiseSettings(value));
}

async function readIfThere(fs: FsPort, path: string): Promise<Uint8Array | null> {
  return (await fs.stat(path)) === null ? null : fs.readFile(path);
}

/**
 * Checks `dir/settings.json` before a store opens it. Returns a notice when something was done
 * (a bad file moved aside, the last good copy put back); null when the file is fine or absent on a first start.
 */
export async function guardSettingsFile(fs: FsPort, dir: string, now: () => Date = () => new Date()): Promise<Notice | null> {
  const path = join(dir, SETTINGS_FILE);
  const bytes = await readIfThere(fs, path);
  const lastGoodBytes = await readIfThere(fs, join(dir, LAST_GOOD));
  const lastGood = lastGoodBytes !== null && readSettingsBytes(lastGoodBytes).ok ? lastGoodBytes : null;
  const notice = (title: string, message: string, movedTo?: string): Notice => ({
    id: `settings-${stamp(now())}`,
    kind: 'settings-reset',
    severity: 'warning',
    title,
    message,
    ...(movedTo ? { movedTo } : {}),
  });

  if (bytes === null) {
    if (lastGood === null) return null;
    await writeFileDurably(fs, path, lastGood);
    return notice(
      'Your settings file was missing',
      'Steadyhand put back the last good copy of your settings. Your clients, briefs and paper trail are not affected.',
    );
  }
  const read = readSettingsBytes(bytes);
  if (read.ok) return null;

  const movedTo = await moveAside(fs, dir, SETTINGS_FILE, 'damaged', now());
  if (lastGood !== null) {
    await writeFileDurably(fs, path, lastGood);
    return notice(
      'Your settings were restored from the last good copy',
      `Steadyhand could not use its settings file (${read.detail}), so it put back the last good copy. Your clients, briefs and paper trail are not affected. The file it could not use was kept.`,
      movedTo,
    );
  }
  if (read.problem === 'invalid') {
    // No earlier copy: keep every setting that is still valid, and only those that are not go back to their defaults.
    await writeFileDurably(fs, path, serialiseSettings(settingsFromStored(read.stored)));
    return notice(
      'Some of your settings could not be read',
      `Steadyhand could not use part of its settings file (${read.detail}) and has no earlier copy, so those settings are back to their defaults; the rest are kept. The original file was kept, untouched.`,
      movedTo,
    );
  }
  return notice(
    'Your settings could not be read',
    `Steadyhand could not use its settings file (${read.detail}) and has no earlier copy, so it is using its default settings for now. Your clients, briefs and paper trail are not affected. The file was kept, untouched.`,
    movedTo,
  );
}
