// The content-addressed attachment store: real files in a temporary data folder, a recording fs
// that can fail any call, and the simulated disk of the reliability suites for power cuts.
import { writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AttachmentError, ATTACHMENT_LIMIT_BYTES, createAttachmentStore, sha256Of } from '../../../../electron/core/paperTrail/attachmentStore';
import { nodeFs } from '../../../../electron/core/fs/fsPort';
import { seededRandom } from '../../../../scripts/bench/textBank';
import { PowerCut, SimulatedDisk } from '../../reliability/simulatedDisk';
import { recordingFs, tempDir } from '../helpers';

const bytes = (text: string) => new TextEncoder().encode(text);
const SCREENSHOT = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7) & 0xff);

async function refusal(work: Promise<unknown>): Promise<AttachmentError> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(AttachmentError);
    return error as AttachmentError;
  }
  throw new Error('Expected an AttachmentError, but the call succeeded.');
}

describe('putAttachment and readAttachment', () => {
  it('stores under attachments/<first two>/<sha256> and reads the same bytes back', async () => {
    const dir = await tempDir();
    const store = createAttachmentStore(nodeFs, dir);
    const stored = await store.putAttachment(SCREENSHOT);
    expect(stored).toEqual({ sha256: sha256Of(SCREENSHOT), size: 5000 });
    expect(readdirSync(join(dir, 'attachments', stored.sha256.slice(0, 2)))).toEqual([stored.sha256]);
    expect(Buffer.compare(await store.readAttachment(stored.sha256), SCREENSHOT)).toBe(0);
  });

  it('is durable: temp file, fsync, rename, then fsync of the folder, in that order', async () => {
    const dir = await tempDir();
    const fs = recordingFs();
    const { sha256 } = await createAttachmentStore(fs, dir).putAttachment(SCREENSHOT);
    const shard = join(dir, 'attachments', sha256.slice(0, 2));
    const ops = fs.log.filter((e) => (e.path.startsWith(`${shard}/`) && e.op !== 'stat') || (e.op === 'syncDir' && e.path === shard)).map((e) => e.op);
    expect(ops).toEqual(['open', 'write', 'sync', 'close', 'rename', 'syncDir']);
    expect(fs.log.find((e) => e.op === 'rename')?.to).toBe(join(shard, sha256));
  });

  it('equal bytes are stored once; a second put writes nothing', async () => {
    const dir = await tempDir();
    const fs = recordingFs();
    const store = createAttachmentStore(fs, dir);
    const first = await store.putAttachment(bytes('the same evidence'));
    fs.log.length = 0;
    expect(await store.putAttachment(bytes('the same evidence'))).toEqual(first);
    expect(fs.log.filter((e) => e.op === 'open' || e.op === 'rename')).toEqual([]);
    expect(await store.listAttachments()).toEqual([first]);
  });

  it('a second put of bytes whose stored copy was damaged repairs it', async () => {
    const dir = await tempDir();
    const store = createAttachmentStore(nodeFs, dir);
    const { sha256 } = await store.putAttachment(SCREENSHOT);
    const damaged = SCREENSHOT.slice();
    damaged[100] = 255 - SCREENSHOT[100]!;
    writeFileSync(store.pathOf(sha256), damaged);
    await store.putAttachment(SCREENSHOT);
    expect(Buffer.compare(await store.readAttachment(sha256), SCREENSHOT)).toBe(0);
  });

  it('over 25 MB is refused with the size in the message, and nothing is written', async () => {
    const dir = await tempDir();
    const store = createAttachmentStore(nodeFs, dir);
    const error = await refusal(store.putAttachment(new Uint8Array(ATTACHMENT_LIMIT_BYTES + 1)));
    expect(error.code).toBe('attachment_too_large');
    expect(error.message).toBe('This file is 25.0 MB. Files up to 25 MB can be attached; a smaller copy or a screenshot of the part that matters will do.');
    expect(readdirSync(dir)).toEqual([]);
    expect(await store.listAttachments()).toEqual([]);
  });

  it('exactly 25 MB is accepted', async () => {
    const dir = await tempDir();
    const stored = await createAttachmentStore(nodeFs, dir).putAttachment(new Uint8Array(ATTACHMENT_LIMIT_BYTES).fill(1));
    expect(stored.size).toBe(ATTACHMENT_LIMIT_BYTES);
  });

  it('an empty file is refused', async () => {
    const dir = await tempDir();
    expect((await refusal(createAttachmentStore(nodeFs, dir).putAttachment(new Uint8Array()))).code).toBe('attachment_empty');
  });

  it('a missing file is reported as missing, never as empty bytes', async () => {
    const dir = await tempDir();
    const error = await refusal(createAttachmentStore(nodeFs, dir).readAttachment(sha256Of(bytes('never stored'))));
    expect(error.code).toBe('attachment_missing');
    expect(error.message).toMatch(/missing from the data folder/);
  });

  it('a damaged file (one byte changed, or cut short) is reported as damaged', async () => {
    const dir = await tempDir();
    const store = createAttachmentStore(nodeFs, dir);
    const { sha256 } = await store.putAttachment(SCREENSHOT);
    const flipped = SCREENSHOT.slice();
    flipped[4000] = 255 - SCREENSHOT[4000]!;
    writeFileSync(store.pathOf(sha256), flipped);
    expect((await refusal(store.readAttachment(sha256))).code).toBe('attachment_damaged');
    writeFileSync(store.pathOf(sha256), SCREENSHOT.subarray(0, 100));
    expect((await refusal(store.readAttachment(sha256))).code).toBe('attachment_damaged');
    writeFileSync(store.pathOf(sha256), new Uint8Array());
    expect((await refusal(store.readAttachment(sha256))).code).toBe('attachment_damaged');
  });

  it.each(['../../steadyhand.json', 'ABC', sha256Of(SCREENSHOT).toUpperCase(), '', `${sha256Of(SCREENSHOT)}/x`])(
    'a reference that is not a sha256 (%j) is refused before any disk access',
    async (id) => {
      const dir = await tempDir();
      const fs = recordingFs();
      expect((await refusal(createAttachmentStore(fs, dir).readAttachment(id))).code).toBe('attachment_invalid_id');
      expect(fs.log).toEqual([]);
    },
  );

  it('a disk failure during the write leaves nothing under the final name, and the error is passed on', async () => {
    const dir = await tempDir();
    const fs = recordingFs();
    fs.failWhen = (op) => op === 'sync';
    const store = createAttachmentStore(fs, dir);
    await expect(store.putAttachment(SCREENSHOT)).rejects.toMatchObject({ code: 'EIO' });
    expect(await store.listAttachments()).toEqual([]);
    expect(readdirSync(join(dir, 'attachments', sha256Of(SCREENSHOT).slice(0, 2)))).toEqual([]); // the temp file was removed
    fs.failWhen = () => false;
    expect((await store.putAttachment(SCREENSHOT)).size).toBe(5000);
  });
});

describe('listAttachments', () => {
  it('lists every stored file with its size, and nothing else in the folder', async () => {
    const dir = await tempDir();
    const store = createAttachmentStore(nodeFs, dir);
    expect(await store.listAttachments()).toEqual([]);
    const a = await store.putAttachment(bytes('first'));
    const b = await store.putAttachment(SCREENSHOT);
    const shard = join(dir, 'attachments', a.sha256.slice(0, 2));
    writeFileSync(join(shard, `.${a.sha256}.123.1.tmp`), 'half');
    writeFileSync(join(dir, 'attachments', 'notes.txt'), 'not ours');
    const listed = await store.listAttachments();
    expect(listed).toHaveLength(2);
    expect(listed).toEqual(expect.arrayContaining([a, b]));
  });
});

describe('power cut during a put (simulated disk)', () => {
  const DIR = '/sim/data';

  it('at every step: nothing half-written is ever visible under the final name; once acknowledged, it survives', async () => {
    // How many disk steps a put takes, so every one of them is a cut point.
    const probe = new SimulatedDisk(seededRandom(1), 0);
    await probe.mkdir(DIR);
    const before = probe.ops;
    await createAttachmentStore(probe, DIR).putAttachment(SCREENSHOT);
    const steps = probe.ops - before;
    expect(steps).toBeGreaterThan(5);

    let survivedAfterAck = 0;
    for (let cut = 1; cut <= steps + 1; cut++) {
      for (const seed of [1, 2, 3, 4, 5]) {
        const random = seededRandom(cut * 100 + seed);
        const disk = new SimulatedDisk(random);
        await disk.mkdir(DIR);
        disk.cutAt = disk.ops + cut;
        let acknowledged = false;
        try {
          await createAttachmentStore(disk, DIR).putAttachment(SCREENSHOT);
          acknowledged = true;
        } catch (error) {
          expect(error).toBeInstanceOf(PowerCut);
        }
        const after = disk.afterPowerCut(seededRandom(seed));
        const store = createAttachmentStore(after, DIR);
        const listed = await store.listAttachments();
        for (const { sha256 } of listed) expect(Buffer.compare(await store.readAttachment(sha256), SCREENSHOT)).toBe(0);
        // Under the final name: either nothing, or all of it.
        const atFinal = [...after.files()].filter(([path]) => path.endsWith(sha256Of(SCREENSHOT)));
        for (const [, data] of atFinal) expect(Buffer.compare(data, SCREENSHOT)).toBe(0);
        if (acknowledged) {
          expect(listed).toEqual([{ sha256: sha256Of(SCREENSHOT), size: SCREENSHOT.byteLength }]);
          survivedAfterAck++;
        }
        // And the store still works after the restart.
        expect((await store.putAttachment(SCREENSHOT)).size).toBe(SCREENSHOT.byteLength);
      }
    }
    expect(survivedAfterAck).toBeGreaterThan(0);
  });
});
