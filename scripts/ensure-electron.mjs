#!/usr/bin/env node
// Runs before `npm start` and `npm run preview`: makes sure Electron's binary is on this machine.
// Since Electron 42 the `electron` package downloads its binary on first use, not at `npm install`, and
// electron-vite 6 reads node_modules/electron/path.txt itself ("Error: Electron uninstall" when it is missing;
// alex8088/electron-vite#904). So we run Electron's own installer (its install.js, what `npx install-electron`
// runs) once, say so, and when it fails say in one sentence how to fix it, with no stack trace.
// Tests (tests/unit/electron/ensureElectron.test.ts) inject the installer: nothing here needs the network to be tested.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DOWNLOAD_MESSAGE = 'Downloading Electron (once, about 100 MB)…';
export const READY_MESSAGE = 'Electron is ready.';

/** One sentence: what failed, why in a few words, and how to fix it. */
export function failureMessage(reason) {
  const why = reason ? ` (${reason})` : '';
  return (
    `Could not download Electron, which Steadyhand needs once to start${why}: ` +
    'connect to the internet, or set ELECTRON_MIRROR to a mirror you can reach, then run the same command again.'
  );
}

/** The binary electron-vite will start, or null when it is not (fully) there. */
export function installedElectron(electronDir, env = process.env) {
  if (env.ELECTRON_EXEC_PATH && existsSync(env.ELECTRON_EXEC_PATH)) return env.ELECTRON_EXEC_PATH;
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/** The reason an installer gave, in a few words: the first `…Error: message` line, never the stack. */
export function shortReason(output) {
  const line = output.split(/\r?\n/).find((l) => /^\s*(\w*Error|RequestError|HTTPError)\b.*:/.test(l));
  if (line === undefined) return '';
  const message = line.replace(/^\s*[\w.]*:\s*/, '').trim();
  return message.length > 120 ? `${message.slice(0, 117)}…` : message;
}

/** Electron's own installer, as `npx install-electron` runs it; its stderr is kept to pick the reason from. */
export function runElectronInstaller(electronDir) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, stdio: ['ignore', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk) => {
      errors += chunk;
    });
    child.on('error', (error) => resolve({ code: 1, output: `Error: ${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output: errors }));
  });
}

/**
 * Installs Electron's binary when it is missing. Returns what happened; prints only our own words.
 * @returns {Promise<{ status: 'present' | 'installed' | 'failed', message?: string }>}
 */
export async function ensureElectron({ electronDir, runInstaller = runElectronInstaller, say = console.log, env = process.env }) {
  if (installedElectron(electronDir, env) !== null) return { status: 'present' };
  say(DOWNLOAD_MESSAGE);
  let result;
  try {
    result = await runInstaller(electronDir);
  } catch (error) {
    result = { code: 1, output: `Error: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (result.code === 0 && installedElectron(electronDir, env) !== null) {
    say(READY_MESSAGE);
    return { status: 'installed' };
  }
  return { status: 'failed', message: failureMessage(shortReason(result.output ?? '')) };
}

function electronPackageDir() {
  if (process.env.STEADYHAND_ELECTRON_DIR) return process.env.STEADYHAND_ELECTRON_DIR;
  return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let electronDir;
  try {
    electronDir = electronPackageDir();
  } catch {
    console.error('Electron is not installed in node_modules: run `npm install` first, then the same command again.');
    process.exit(1);
  }
  const outcome = await ensureElectron({ electronDir });
  if (outcome.status === 'failed') {
    console.error(outcome.message);
    process.exit(1);
  }
}
