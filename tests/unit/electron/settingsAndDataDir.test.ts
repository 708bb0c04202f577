// Where data lives, and opening a settings store whose file is broken without ever wiping it.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../electron/core/dataDir';
import { nodeFs } from '../../../electron/core/fs/fsPort';
import { openSettingsSafely } from '../../../electron/core/settings/openSettingsSafely';

describe('resolveDataDir', () => {
  it('prefers --data-dir, then STEADYHAND_DATA_DIR, then userData', () => {
    expect(resolveDataDir(['app', '--data-dir=/tmp/a'], { STEADYHAND_DATA_DIR: '/tmp/b' }, '/home/u/.config/Steadyhand')).toBe('/tmp/a');
    expect(resolveDataDir(['app', '--data-dir', '/tmp/c'], {}, '/u')).toBe('/tmp/c');
    expect(resolveDataDir(['app'], { STEADYHAND_DATA_DIR: '/tmp/b' }, '/u')).toBe('/tmp/b');
    expect(resolveDataDir(['app'], { STEADYHAND_DATA_DIR: '  ' }, '/u')).toBe('/u');
    expect(resolveDataDir(['app'], {}, '/u')).toBe('/u');
    expect(resolveDataDir(['app', '--data-dir=rel/dir'], {}, '/u')).toBe(join(process.cwd(), 'rel/dir'));
  });
});

describe('openSettingsSafely (with conf, what electron-store wraps)', () => {
  const open = (dir: string) => () =>
    new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'steadyhand-test', clearInvalidConfig: false });

  it('moves a broken settings file aside byte for byte, starts from defaults and says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sh-settings-'));
    const broken = '{"profile": {"name": "Sam"';
    await writeFile(join(dir, 'settings.json'), broken);
    const hash = createHash('sha256').update(broken).digest('hex');
    const { store, notice } = await openSettingsSafely(open(dir), join(dir, 'settings.json'), nodeFs);
    expect(notice?.kind).toBe('settings-reset');
    expect(notice?.movedTo).toMatch(/settings\.json\.damaged-/);
    const moved = await readFile(notice!.movedTo!, 'utf8');
    expect(createHash('sha256').update(moved).digest('hex')).toBe(hash);
    store.set('theme', 'dark');
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual({ theme: 'dark' });
  });

  it('opens a good file as it is, with no notice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sh-settings-'));
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ theme: 'light' }));
    const { store, notice } = await openSettingsSafely(open(dir), join(dir, 'settings.json'), nodeFs);
    expect(notice).toBeNull();
    expect(store.get('theme')).toBe('light');
    expect(await readdir(dir)).toEqual(['settings.json']);
  });
});
