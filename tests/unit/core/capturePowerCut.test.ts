// Power cut while capturing: the real core on the simulated disk (tests/unit/reliability/simulatedDisk.ts), the
// power cut at random points of a session that captures emails and a screenshot, attaches files, backs up,
// trashes, restores, purges and exports. After each cut the data must open with the paper trail of the last
// acknowledged step (or the one being made), and every file any entry names must be there and whole: an
// entry is never acknowledged, or found after a cut, without its original.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/createCore';
import { createAttachmentStore } from '../../../electron/core/paperTrail/attachmentStore';
import { MemorySettings } from '../../../electron/core/settings/settingsPort';
import { LOCK_FILE } from '../../../electron/core/storage/lock';
import { emptyBriefFields } from '../../../shared/model/brief';
import { defaultClientFields } from '../../../shared/model/client';
import type { DataDocument } from '../../../shared/model/document';
import { seededRandom } from '../../../scripts/bench/textBank';
import { fakeClock, runs } from '../reliability/reliabilityKit';
import { PowerCut, SimulatedDisk } from '../reliability/simulatedDisk';

const CUTS = runs('CAPTURE_POWERCUT', 120, 25);
const DIR = '/sim/data';
const MAIL = join(__dirname, '../../fixtures/mail');
const file = (name: string) => ({ name, bytesBase64: readFileSync(join(MAIL, name)).toString('base64') });

/** The paper trail without its random ids: the same session gives the same signature at each step. */
const trailOf = (doc: DataDocument) =>
  JSON.stringify(
    doc.paperTrail
      .map(
        (e) =>
          `${e.words.slice(0, 40)}|${e.receivedAt}|${e.trashedAt === null}|${e.original?.sha256 ?? ''}|${(e.attachments ?? []).map((a) => a.sha256).join(',')}`,
      )
      .sort(),
  );

async function session(disk: SimulatedDisk, acked: (i: number, core: Core) => void): Promise<void> {
  const clock = fakeClock();
  const core = await createCore({
    dataDir: DIR,
    fs: disk,
    settings: new MemorySettings(),
    dialogs: { chooseSavePath: async () => '/sim/out/export.zip', chooseOpenPath: async () => null },
    appVersion: 'power-cut',
    now: clock.now,
  });
  let step = 0;
  const ok = async (work: Promise<{ ok: boolean }>) => {
    const reply = await work;
    if (!reply.ok && disk.isCut) throw new PowerCut();
    if (!reply.ok) throw new Error(`An operation failed: ${JSON.stringify(reply)}`);
    clock.advance(60_000);
    acked(++step, core);
    return reply as { ok: true; value: never };
  };
  acked(0, core);
  const client = (await ok(core.dispatch('clients.create', { fields: { ...defaultClientFields(), name: 'Bloom' } }))).value as { id: string };
  const brief = (await ok(core.dispatch('briefs.create', { clientId: client.id, fields: { ...emptyBriefFields(), title: 'Labels' } }))).value as { id: string };
  // One file a call, as the screen sends them: each file is its own acknowledged entry.
  const first = (await ok(core.dispatch('paperTrail.captureFiles', { clientId: client.id, briefId: brief.id, files: [file('gmail-alternative.eml')] })))
    .value as {
    entry: { id: string };
  }[];
  await ok(core.dispatch('paperTrail.captureFiles', { clientId: client.id, briefId: brief.id, files: [file('image.png')] }));
  await ok(core.dispatch('paperTrail.captureFiles', { clientId: client.id, briefId: null, files: [file('outlook-plain.msg')] }));
  await ok(core.dispatch('paperTrail.attachFiles', { entryId: first[0]!.entry.id, files: [file('document.pdf')] }));
  const backup = (await ok(core.dispatch('backups.create', {}))).value as { name: string };
  const trashed = (await ok(core.dispatch('briefs.trash', { id: brief.id }))).value as { batchId: string };
  await ok(core.dispatch('trash.purge', { batchId: trashed.batchId }));
  await ok(core.dispatch('backups.restore', { name: backup.name }));
  await ok(core.dispatch('backups.exportAll', {}));
  await core.close();
  acked(++step, core);
}

function freshDisk(seed: number): SimulatedDisk {
  const disk = new SimulatedDisk(seededRandom(seed));
  disk.place('/sim/out/.keep', new Uint8Array(1));
  return disk;
}

/** Every file an entry names, read back and checked against its hash; the names of those missing or damaged. */
async function brokenFiles(core: Core, disk: SimulatedDisk): Promise<string[]> {
  const store = createAttachmentStore(disk, DIR);
  const broken: string[] = [];
  for (const e of core.db.data.paperTrail) {
    for (const f of [...(e.original ? [e.original] : []), ...(e.attachments ?? [])]) {
      await store.readAttachment(f.sha256).catch(() => broken.push(`${f.fileName} of entry ${e.id}`));
    }
  }
  return broken;
}

describe('power cut while capturing', () => {
  it(`never leaves an entry without its files, and keeps every acknowledged capture, through ${CUTS} cuts`, async () => {
    // The session uninterrupted: the trail after each acknowledged step.
    const expected: string[] = [];
    const reference = freshDisk(1);
    await session(reference, (i, core) => (expected[i] = trailOf(core.db.data)));
    const random = seededRandom(20261202);
    const problems: string[] = [];
    let checked = 0;
    for (let run = 0; run < CUTS; run++) {
      const disk = freshDisk(1000 + run);
      disk.cutAt = random.int(1, reference.ops);
      let last = -1;
      await session(disk, (i) => (last = i)).catch((e: unknown) => {
        if (!(e instanceof PowerCut)) throw e;
      });
      const after = disk.afterPowerCut(seededRandom(5000 + run));
      after.remove(`${DIR}/${LOCK_FILE}`);
      const core = await createCore({
        dataDir: DIR,
        fs: after,
        settings: new MemorySettings(),
        dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
        appVersion: 'power-cut',
      });
      const broken = await brokenFiles(core, after);
      if (broken.length > 0) problems.push(`cut at op ${disk.cutAt} (step ${last}): ${broken.join('; ')}`);
      // What was acknowledged is there: the same trail, or the one the interrupted step was making.
      const found = trailOf(core.db.data);
      if (found !== expected[last] && found !== expected[last + 1])
        problems.push(`cut at op ${disk.cutAt} after step ${last}: a paper trail matching neither that step nor the next`);
      await core.close();
      checked++;
    }
    expect(problems).toEqual([]);
    expect(checked).toBe(CUTS);
  }, 120_000);
});
