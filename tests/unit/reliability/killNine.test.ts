// Suite 1, kill -9: a child process runs the real core on a ~5 MB data folder (edits, bursts, paper
// trail, manual and automatic backups with pruning, an import, and now and then a migration at open)
// and is killed with SIGKILL at a random moment, again and again. After each kill a fresh core must
// open the folder, every record must pass the schema, and every write the child reported as
// acknowledged must be there. Runs: STEADYHAND_KILL9_RUNS, else 200 under test:reliability, else 6.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/createCore';
import { MemorySettings } from '../../../electron/core/settings/settingsPort';
import { DATA_FILE } from '../../../electron/core/storage/openDocument';
import { defaultClientFields } from '../../../shared/model/client';
import { seededRandom } from '../../../scripts/bench/textBank';
import { writeDataDir } from '../../../scripts/bench/data';
import { tempDir } from '../core/helpers';
import { reportFigure, runs } from './reliabilityKit';

const RUNS = runs('KILL9', 200, 6);
const CHILD = resolve(import.meta.dirname, 'killNineChild.ts');
const DAMAGE = new Set(['recovered-from-backup', 'unreadable-no-backup', 'missing-data-with-backups']);
const IMPORT_IDS = ['kill-import-0', 'kill-import-1', 'kill-import-2'];

function importFile(dir: string): string {
  const at = '2026-01-05T10:00:00.000Z';
  const clients = IMPORT_IDS.map((id, i) => ({
    ...defaultClientFields(),
    name: `Imported ${i}`,
    id,
    createdAt: at,
    updatedAt: at,
    trashedAt: null,
    trashBatchId: null,
  }));
  const path = join(dir, 'export.json');
  writeFileSync(path, JSON.stringify({ format: 'steadyhand-export', data: { schemaVersion: 1, clients, briefs: [], paperTrail: [] } }));
  return path;
}

/** Runs the child and kills it: `afterReady` ms after it says it is ready, or `duringOpen` ms after it starts opening. */
function runChild(dataDir: string, run: number, importPath: string, kill: { afterReady: number } | { duringOpen: number }): Promise<string[]> {
  return new Promise((resolveLines, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(run), importPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let buffered = '';
    let stderr = '';
    const killIn = (ms: number) => setTimeout(() => child.kill('SIGKILL'), ms);
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if (line === 'opening' && 'duringOpen' in kill) killIn(kill.duringOpen);
        if (line.startsWith('ready') && 'afterReady' in kill) killIn(kill.afterReady);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    // A child that never gets going is killed too, and its error shown.
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (_code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL') reject(new Error(`The child ended by itself: ${stderr}`));
      else resolveLines(lines); // a line cut short by the kill was never complete: it is not counted
    });
  });
}

/** What must be in the data after this run, from the child's own words. */
function check(core: Core, lines: string[]): string[] {
  const doc = core.db.data;
  const missing: string[] = [];
  const clients = new Set(doc.clients.map((c) => c.id));
  const entries = new Set(doc.paperTrail.map((e) => e.id));
  const issued = new Map<string, number[]>();
  const lastAcked = new Map<string, number>();
  for (const line of lines) {
    const [what, kind, id, value] = line.split(' ');
    if (what === 'issue' && kind === 'brief') issued.set(id!, [...(issued.get(id!) ?? []), Number(value)]);
    if (what !== 'ack') continue;
    if (kind === 'client' && !clients.has(id!)) missing.push(`client ${id}`);
    if (kind === 'trail' && !entries.has(id!)) missing.push(`paper-trail entry ${id}`);
    if (kind === 'import') for (const i of IMPORT_IDS) if (!clients.has(i)) missing.push(`imported client ${i}`);
    if (kind === 'brief') lastAcked.set(id!, Math.max(lastAcked.get(id!) ?? 0, issued.get(id!)!.indexOf(Number(value))));
  }
  for (const [id, ackedAt] of lastAcked) {
    const brief = doc.briefs.find((b) => b.id === id);
    const stored = Number(/\(kill (\d+)\)$/.exec(brief?.summary ?? '')?.[1] ?? Number.NaN);
    // The stored edit is the acknowledged one or one made after it, never an older one.
    if (issued.get(id)!.indexOf(stored) < ackedAt) missing.push(`brief ${id}: has edit ${stored}, acknowledged up to ${issued.get(id)![ackedAt]}`);
  }
  return missing;
}

describe('kill -9', () => {
  it(`loses no acknowledged write over ${RUNS} kills`, async () => {
    const dataDir = await tempDir('steadyhand-kill9-');
    const importPath = importFile(await tempDir('steadyhand-kill9-import-'));
    writeDataDir(dataDir, 2); // about 5 MB
    const random = seededRandom(90210);
    const figures = { runs: 0, unparseable: 0, lost: 0, acknowledged: 0, migrations: 0 };
    const problems: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      if (run % 10 === 3) {
        // An older data file (version 0: no schemaVersion) to be migrated when the child opens it.
        const doc = JSON.parse(readFileSync(join(dataDir, DATA_FILE), 'utf8')) as Record<string, unknown>;
        delete doc.schemaVersion;
        writeFileSync(join(dataDir, DATA_FILE), JSON.stringify(doc));
        figures.migrations++;
      }
      const kill = random.chance(0.2) ? { duringOpen: random.int(0, 400) } : { afterReady: random.int(0, 1500) };
      const lines = await runChild(dataDir, run, importPath, kill);
      figures.runs++;
      figures.acknowledged += lines.filter((l) => l.startsWith('ack ')).length;
      let core: Core;
      try {
        core = await createCore({
          dataDir,
          settings: new MemorySettings(),
          dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
          appVersion: 'kill-9',
        });
      } catch (error) {
        figures.unparseable++;
        problems.push(`run ${run}: the data would not open (${(error as Error).message})`);
        continue;
      }
      const notices = ((await core.dispatch('app.status', {})) as { ok: true; value: { notices: { kind: string; title: string }[] } }).value.notices;
      const damage = notices.filter((n) => DAMAGE.has(n.kind) || n.title.includes('kept aside'));
      if (damage.length > 0) {
        figures.unparseable++;
        problems.push(`run ${run}: ${damage.map((n) => n.title).join('; ')}`);
      }
      const missing = check(core, lines);
      figures.lost += missing.length;
      problems.push(...missing.map((m) => `run ${run}: lost ${m}`));
      expect(core.db.data.schemaVersion).toBe(1);
      await core.close();
    }
    reportFigure(
      `kill-9: ${figures.runs} runs, ${figures.unparseable} unparseable, ${figures.lost} acknowledged writes lost ` +
        `(${figures.acknowledged} acknowledged writes checked, ${figures.migrations} runs opening a version-0 file)`,
    );
    expect(problems).toEqual([]);
  }, 3_600_000);
});
