#!/usr/bin/env node
// Makes a stand-in Electron folder for checking packaging where no Electron binary can be downloaded:
//   node scripts/make-stand-in-electron.mjs /tmp/electron-stand-in
//   npx electron-builder --linux deb dir -c.electronDist=/tmp/electron-stand-in
// The "binary" is a tiny shell script carrying Electron's fuse sentinel and a fuse wire (version 1, nine fuses),
// so electron-builder's fuse step has something to flip. The result cannot run the app: it checks what is packed.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_COUNT = 9;

const dir = resolve(process.argv[2] ?? 'electron-stand-in');
mkdirSync(dir, { recursive: true });
const script = Buffer.from('#!/bin/sh\necho "Stand-in Electron: packaging check only, it cannot run Steadyhand." >&2\nexit 1\n# ');
const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, FUSE_COUNT]), Buffer.from('0'.repeat(FUSE_COUNT)), Buffer.from('\n')]);
for (const name of ['electron', 'electron.exe']) {
  writeFileSync(join(dir, name), Buffer.concat([script, wire]));
  chmodSync(join(dir, name), 0o755);
}
writeFileSync(join(dir, 'version'), 'v45.4.1');
writeFileSync(join(dir, 'LICENSE'), 'Stand-in for packaging checks.\n');
console.log(`Stand-in Electron in ${dir}`);
