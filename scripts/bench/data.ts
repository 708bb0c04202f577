// `npm run bench:data -- --years 10 --out DIR [--seed N]`: writes a realistic data folder (the lowdb
// file only; the app makes its journal and backups itself) for the benchmark or for trying the app.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_FILE } from '../../electron/core/storage/openDocument';
import { countsFor, DEFAULT_SEED, generateDocument } from './tenYears';

export function writeDataDir(dir: string, years: number, seed = DEFAULT_SEED): number {
  mkdirSync(dir, { recursive: true });
  const bytes = Buffer.from(JSON.stringify(generateDocument(years, seed)));
  writeFileSync(join(dir, DATA_FILE), bytes);
  return bytes.byteLength;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]).endsWith(join('scripts', 'bench', 'data.ts'));
if (isMain) {
  const { values } = parseArgs({ options: { years: { type: 'string', default: '10' }, out: { type: 'string' }, seed: { type: 'string' } } });
  const years = Number(values.years);
  if (!values.out || !Number.isFinite(years) || years <= 0) {
    console.error('Usage: npm run bench:data -- --years 10 --out DIR [--seed N]');
    process.exit(2);
  }
  const size = writeDataDir(resolve(values.out), years, values.seed ? Number(values.seed) : DEFAULT_SEED);
  const c = countsFor(years);
  console.log(
    `Wrote ${resolve(values.out, DATA_FILE)}: ${(size / 1e6).toFixed(1)} MB — ${c.clients} clients, ${c.briefs} briefs, ` +
      `${c.paperTrail} paper-trail entries, ${c.incidents} incidents, ${c.templates} templates, ${c.checklistTemplate} checklist items.`,
  );
}
