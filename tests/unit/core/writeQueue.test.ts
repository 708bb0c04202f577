// The write queue: every change acknowledged only once durable, bursts coalesced into few writes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../../shared/model/client';
import { WriteQueue } from '../../../electron/core/storage/writeQueue';
import { call, clientInput, type FsOp, openTestCore, recordingFs, storedDocument } from './helpers';

/** The disk failing for the data file and its change journal. */
const failDataWrites = (op: FsOp, path: string) => ['write', 'sync', 'rename'].includes(op) && /steadyhand\.(json|journal)/.test(path);

describe('write queue through the dispatcher', () => {
  it('coalesces 100 concurrent creates into a few writes, each acknowledged only once it is on disk', async () => {
    const { core, dataFile, reopen } = await openTestCore();
    const writesBefore = core.db.writeCount;
    const onDiskAtAck: boolean[] = [];

    const replies = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        core.dispatch('clients.create', { fields: clientInput(`Client ${String(i).padStart(3, '0')}`) }).then((reply) => {
          // Read the file the instant the operation resolves: its record must already be there.
          const id = reply.ok ? (reply.value as Client).id : '';
          onDiskAtAck.push(storedDocument(dataFile).clients.some((c) => c.id === id));
          return reply;
        }),
      ),
    );

    expect(replies.every((r) => r.ok)).toBe(true);
    expect(onDiskAtAck).toHaveLength(100);
    expect(onDiskAtAck.every(Boolean)).toBe(true);
    expect(core.db.writeCount - writesBefore).toBeGreaterThanOrEqual(1);
    expect(core.db.writeCount - writesBefore).toBeLessThanOrEqual(5);

    const reopened = await reopen();
    const names = (await call(reopened.core, 'clients.list', {})).map((c) => c.name);
    expect(names).toHaveLength(100);
    expect(names[0]).toBe('Client 000');
    expect(names[99]).toBe('Client 099');
  });

  it('writes again for changes made while a write is running, so none is left only in memory', async () => {
    const { core, dataFile } = await openTestCore();
    const first = core.dispatch('clients.create', { fields: clientInput('First') });
    // Let the first write start, then make more changes while it runs.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const later = await Promise.all([1, 2, 3].map((i) => call(core, 'clients.create', { fields: clientInput(`Later ${i}`) })));
    expect((await first).ok).toBe(true);
    const stored = storedDocument(dataFile).clients.map((c) => c.id);
    for (const c of later) expect(stored).toContain(c.id);
  });

  it('after a failed write, the next successful write carries the earlier change to disk too', async () => {
    const fs = recordingFs();
    const { core, dataFile } = await openTestCore({ fs });
    fs.failWhen = failDataWrites;
    const failed = await core.dispatch('clients.create', { fields: clientInput('Kept in memory') });
    expect(failed).toMatchObject({ ok: false, error: { code: 'storage_failed' } });

    fs.failWhen = () => false;
    await call(core, 'clients.create', { fields: clientInput('Next change') });
    expect(
      storedDocument(dataFile)
        .clients.map((c) => c.name)
        .sort(),
    ).toEqual(['Kept in memory', 'Next change']);
  });

  it('saves a change whose write failed when the data is closed, as the error message promises', async () => {
    const fs = recordingFs();
    const { core, dataFile, reopen } = await openTestCore({ fs });
    await call(core, 'clients.create', { fields: clientInput('Already saved') });
    fs.failWhen = failDataWrites;
    const failed = await core.dispatch('clients.create', { fields: clientInput('Saved at close') });
    expect(failed).toMatchObject({ ok: false, error: { code: 'storage_failed', message: expect.stringMatching(/saved again/) } });
    expect(storedDocument(dataFile).clients.map((c) => c.name)).toEqual(['Already saved']);

    fs.failWhen = () => false; // the disk recovers before the VA quits
    const reopened = await reopen();
    expect((await call(reopened.core, 'clients.list', {})).map((c) => c.name)).toEqual(['Already saved', 'Saved at close']);
  });
});

describe('WriteQueue on its own', () => {
  it('resolves every request only after a write that started after the request', async () => {
    const events: string[] = [];
    let writes = 0;
    const queue = new WriteQueue(async () => {
      const n = ++writes;
      events.push(`start ${n}`);
      await new Promise((r) => setTimeout(r, 5));
      events.push(`end ${n}`);
    });
    const a = queue.request().then(() => events.push('a'));
    const b = queue.request().then(() => events.push('b'));
    await new Promise<void>((resolve) => setImmediate(resolve));
    const c = queue.request().then(() => events.push('c'));
    await Promise.all([a, b, c]);
    const at = (e: string) => events.indexOf(e);
    expect(at('a')).toBeGreaterThan(at('end 1'));
    expect(at('b')).toBeGreaterThan(at('end 1'));
    // c was asked for while write 1 was running: write 1 may not hold its change, so c waits for write 2.
    expect(at('start 2')).toBeGreaterThan(at('end 1'));
    expect(at('c')).toBeGreaterThan(at('end 2'));
    expect(queue.writes).toBe(2);
  });

  it('rejects the requests of a failed write, and the next batch still runs', async () => {
    let fail = true;
    const queue = new WriteQueue(async () => {
      if (fail) throw new Error('disk full');
    });
    const failed = queue.request();
    await expect(failed).rejects.toThrow('disk full');
    fail = false;
    await expect(queue.request()).resolves.toBeUndefined();
    await queue.idle();
    expect(queue.writes).toBe(2);
  });
});

it('once closed, the data file is plain JSON of the whole document, with no journal left beside it', async () => {
  const { core, dataFile, dataDir } = await openTestCore();
  await call(core, 'clients.create', { fields: clientInput('Ada') });
  await call(core, 'clients.create', { fields: clientInput('Grace') });
  const expected = structuredClone(core.db.data);
  expect(existsSync(join(dataDir, 'steadyhand.journal'))).toBe(true);
  await core.close();
  expect(JSON.parse(readFileSync(dataFile, 'utf8'))).toEqual(expected);
  expect(existsSync(join(dataDir, 'steadyhand.journal'))).toBe(false);
});
