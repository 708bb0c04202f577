// Suite 4, two writers: while one core saves, a second process (another userData path, the same
// data folder) and a second core in the same process try to open the data. Both are refused with a
// clear message, and no acknowledged write of the first is lost.
// Runs: STEADYHAND_TWO_WRITERS_RUNS second processes, else 20 under test:reliability, else 3.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import { MemorySettings } from '../../../electron/core/settings/settingsPort';
import { DataLockedError } from '../../../electron/core/storage/lock';
import { call, clientInput, scriptedDialogs, tempDir } from '../core/helpers';
import { reportFigure, runs } from './reliabilityKit';

const PROCESSES = runs('TWO_WRITERS', 20, 3);
const CHILD = resolve(import.meta.dirname, 'twoWritersChild.ts');
const CLEAR = /already open with this data folder.*Close the other one first/s;

const open = (dataDir: string) => createCore({ dataDir, settings: new MemorySettings(), dialogs: scriptedDialogs(), appVersion: 'first' });

describe('two writers', () => {
  it('refuses a second process and a second instance, and the first loses nothing', async () => {
    const dataDir = await tempDir();
    const first = await open(dataDir);
    const acked: string[] = [];
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        const client = await call(first, 'clients.create', { fields: clientInput(`Saved ${i}`) });
        acked.push(client.id);
      }
    })();

    const refusals = { processes: 0, instances: 0, unclear: [] as string[] };
    for (let i = 0; i < PROCESSES; i++) {
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', CHILD, dataDir, await tempDir('steadyhand-other-userdata-')]);
      if (stdout.startsWith('refused DataLockedError') && CLEAR.test(stdout)) refusals.processes++;
      else refusals.unclear.push(`process: ${stdout.trim()}`);
      const second = await open(dataDir).then(
        (core) => (void core.close(), null),
        (error: unknown) => error,
      );
      if (second instanceof DataLockedError && CLEAR.test(second.message)) refusals.instances++;
      else refusals.unclear.push(`instance: ${String(second)}`);
    }
    writing = false;
    await writer;
    await first.close();

    const reopened = await open(dataDir);
    const present = new Set(reopened.db.data.clients.map((c) => c.id));
    const lost = acked.filter((id) => !present.has(id));
    await reopened.close();
    reportFigure(
      `two-writers: ${refusals.processes} second processes and ${refusals.instances} second instances refused with a clear message, ` +
        `${lost.length} acknowledged writes lost (of ${acked.length})`,
    );
    expect(refusals.unclear).toEqual([]);
    expect(lost).toEqual([]);
  }, 600_000);
});
