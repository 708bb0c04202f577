// scripts/ensure-electron.mjs, the step before `npm start`: with a fake electron package in a temporary folder
// and an injected installer, so nothing here touches the network or needs the real binary.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOWNLOAD_MESSAGE, ensureElectron, installedElectron, READY_MESSAGE, shortReason } from '../../../scripts/ensure-electron.mjs';

const SCRIPT = resolve(import.meta.dirname, '../../../scripts/ensure-electron.mjs');
let electronDir: string;

beforeEach(() => {
  electronDir = mkdtempSync(join(tmpdir(), 'steadyhand-electron-'));
  writeFileSync(join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
});
afterEach(() => rmSync(electronDir, { recursive: true, force: true }));

/** What Electron's install.js leaves behind when it succeeds: dist/<binary> and path.txt naming it. */
function install(dir: string) {
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'electron'), '');
  writeFileSync(join(dir, 'path.txt'), 'electron');
}

describe('ensure-electron', () => {
  it('does nothing and says nothing when the binary is there', async () => {
    install(electronDir);
    const runInstaller = vi.fn();
    const say = vi.fn();
    expect(await ensureElectron({ electronDir, runInstaller, say, env: {} })).toEqual({ status: 'present' });
    expect(runInstaller).not.toHaveBeenCalled();
    expect(say).not.toHaveBeenCalled();
  });

  it('runs the installer once when path.txt is missing, saying it downloads, and checks the result', async () => {
    const lines: string[] = [];
    const runInstaller = vi.fn(async (dir: string) => {
      install(dir);
      return { code: 0 };
    });
    expect(await ensureElectron({ electronDir, runInstaller, say: (l) => lines.push(l), env: {} })).toEqual({ status: 'installed' });
    expect(runInstaller).toHaveBeenCalledWith(electronDir);
    expect(lines).toEqual([DOWNLOAD_MESSAGE, READY_MESSAGE]);
    expect(DOWNLOAD_MESSAGE).toBe('Downloading Electron (once, about 100 MB)…');
  });

  it('treats path.txt naming a binary that is not there (an interrupted download) as missing', () => {
    writeFileSync(join(electronDir, 'path.txt'), 'electron');
    expect(installedElectron(electronDir, {})).toBeNull();
    writeFileSync(join(electronDir, 'path.txt'), '');
    expect(installedElectron(electronDir, {})).toBeNull();
    install(electronDir);
    expect(installedElectron(electronDir, {})).toBe(join(electronDir, 'dist', 'electron'));
    // electron-vite's own override wins, as it does there.
    expect(installedElectron(join(electronDir, 'nowhere'), { ELECTRON_EXEC_PATH: join(electronDir, 'dist', 'electron') })).toBe(
      join(electronDir, 'dist', 'electron'),
    );
  });

  it('fails with one sentence, never a stack, when the installer fails or claims success without a binary', async () => {
    const offline = await ensureElectron({
      electronDir,
      runInstaller: async () => ({
        code: 1,
        output: 'TypeError: fetch failed\n    at node:internal/deps/undici:13510:13\n    at async downloadArtifact (x.js:1:1)',
      }),
      say: () => undefined,
      env: {},
    });
    expect(offline.status).toBe('failed');
    expect(offline.message).toContain('(fetch failed)');
    expect(offline.message).toContain('connect to the internet');
    expect(offline.message).not.toMatch(/\n|\bat /);
    expect(offline.message!.split(/[.:] [A-Z]/)).toHaveLength(1);

    const lying = await ensureElectron({ electronDir, runInstaller: async () => ({ code: 0 }), say: () => undefined, env: {} });
    expect(lying.status).toBe('failed');
    const throwing = await ensureElectron({ electronDir, runInstaller: () => Promise.reject(new Error('spawn ENOENT')), say: () => undefined, env: {} });
    expect(throwing.message).toContain('(spawn ENOENT)');
  });

  it('picks the reason from an installer error, not its stack', () => {
    expect(shortReason('HTTPError: Response code 404 (Not Found) for https://x\n    at a (b.js:1:1)')).toBe('Response code 404 (Not Found) for https://x');
    expect(shortReason('some noise\n')).toBe('');
  });

  it('as a command: runs the package’s install.js and exits 1 with only our sentence when it fails', () => {
    // A stand-in install.js that fails the way Electron's does offline: a stack trace on stderr, exit code 1.
    writeFileSync(join(electronDir, 'install.js'), "console.error('TypeError: fetch failed\\n    at downloadArtifact (get.js:1:1)'); process.exit(1);\n");
    const run = spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, STEADYHAND_ELECTRON_DIR: electronDir }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout.trim()).toBe(DOWNLOAD_MESSAGE);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('Could not download Electron');
    expect(run.stderr).not.toContain('at downloadArtifact');

    // And when it succeeds, the next run finds the binary and is silent.
    writeFileSync(
      join(electronDir, 'install.js'),
      "const fs = require('fs'); fs.mkdirSync(__dirname + '/dist', { recursive: true }); fs.writeFileSync(__dirname + '/dist/electron', ''); fs.writeFileSync(__dirname + '/path.txt', 'electron');\n",
    );
    writeFileSync(join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1', type: 'commonjs' }));
    const ok = spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, STEADYHAND_ELECTRON_DIR: electronDir }, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(READY_MESSAGE);
    const again = spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, STEADYHAND_ELECTRON_DIR: electronDir }, encoding: 'utf8' });
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('');
  });
});
