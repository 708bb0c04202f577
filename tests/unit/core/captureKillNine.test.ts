// kill -9 while capturing: a child process captures emails and screenshots and attaches files on a real data
// folder and is killed with SIGKILL at a random moment, again and again. After each kill a fresh core must open
// the folder with every acknowledged entry and attachment, and every file any entry names must be on disk and
// whole. Runs: STEADYHAND_CAPTURE_KILL9_RUNS, else 60 under test:reliability, else 5.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import { createAttachmentStore } from '../../../electron/core/paperTrail/attachmentStore';
import { nodeFs } from '../../../electron/core/fs/fsPort';
import { MemorySettings } from '../../../electron/core/settings/settingsPort';
import { seededRandom } from '../../../scripts/bench/textBank';
import { runs } from '../reliability/reliabilityKit';
import { tempDir } from './helpers';

const RUNS = runs('CAPTURE_KILL9', 60, 5);
const CHILD = resolve(import.meta.dirname, 'captureKillNineChild.ts');
const FIXTURES = resolve(import.meta.dirname, '../../fixtures/mail');

function runChild(dataDir: string, run: number, afterReadyMs: number): Promise<string[]> {
  return new Promise((resolveLines, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(run), FIXTURES], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let buffered = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), afterReadyMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (_code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL') reject(new Error(`The child ended by itself: ${stderr}`));
      else resolveLines(lines);
    });
  });
}

describe('kill -9 while capturing', () => {
  it(`keeps every acknowledged capture with its files through ${RUNS} kills`, async () => {
    const dataDir = await tempDir();
    const random = seededRandom(17);
    const problems: string[] = [];
    let acked = 0;
    for (let run = 0; run < RUNS; run++) {
      const lines = await runChild(dataDir, run, random.int(150, 900));
      const core = await createCore({
        dataDir,
        settings: new MemorySettings(),
        dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
        appVersion: 'kill-9',
      });
      const entries = new Map(core.db.data.paperTrail.map((e) => [e.id, e]));
      for (const line of lines) {
        const [what, kind, id, n] = line.split(' ');
        if (what !== 'ack') continue;
        acked++;
        const entry = entries.get(id!);
        if (entry === undefined) problems.push(`run ${run}: acknowledged entry ${id} is missing`);
        else if (kind === 'attach' && !(entry.attachments ?? []).some((a) => a.fileName === `${n}.png`))
          problems.push(`run ${run}: acknowledged attachment ${n} is missing`);
      }
      const store = createAttachmentStore(nodeFs, dataDir);
      for (const e of core.db.data.paperTrail) {
        for (const f of [...(e.original ? [e.original] : []), ...(e.attachments ?? [])]) {
          await store.readAttachment(f.sha256).catch((error: Error) => problems.push(`run ${run}: ${f.fileName}: ${error.message}`));
        }
      }
      await core.close();
    }
    expect(problems).toEqual([]);
    expect(acked).toBeGreaterThan(RUNS);
  }, 240_000);
});
