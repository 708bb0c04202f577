// The operation wrapper (electron/core/operations.ts): change events come from what a write touched, not from
// each handler remembering to announce it; a reading operation that tries to change data is refused.
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../shared/events';

type DataChangedEvent = Extract<AppEvent, { type: 'data-changed' }>;
import { ChangeSet } from '../../../electron/core/storage/changeSet';
import { changeEvent, reads, subjectHandlers, writes } from '../../../electron/core/operations';
import { briefInput, call, clientInput, openTestCore } from './helpers';

function recordEvents(core: { onEvent(listener: (event: AppEvent) => void): () => void }): DataChangedEvent[] {
  const events: DataChangedEvent[] = [];
  core.onEvent((event) => {
    if (event.type === 'data-changed') events.push(event);
  });
  return events;
}

describe('operation declarations', () => {
  it('announces a brief saved as that brief, by id, once', async () => {
    const { core } = await openTestCore();
    const client = await call(core, 'clients.create', { fields: clientInput('Ada') });
    const brief = await call(core, 'briefs.create', { clientId: client.id, fields: briefInput('Weekly invoices') });
    const events = recordEvents(core);
    await call(core, 'briefs.update', { id: brief.id, fields: briefInput('Monthly invoices') });
    expect(events).toEqual([{ type: 'data-changed', subjects: ['briefs'], records: { briefs: [brief.id] } }]);
  });

  it('announces nothing for reads', async () => {
    const { core } = await openTestCore();
    await call(core, 'clients.create', { fields: clientInput('Ada') });
    const events = recordEvents(core);
    await call(core, 'clients.list', {});
    await call(core, 'today.get', {});
    expect(events).toEqual([]);
  });

  it('refuses a reading operation that changes data, before anything is written', async () => {
    const { core } = await openTestCore();
    const before = core.db.data.clients.length;
    const ctx = { db: core.db, now: () => new Date(), newId: () => 'x', emit: () => undefined };
    const handlers = subjectHandlers(ctx, 'clients', {
      list: reads(() =>
        core.db.mutate((doc, touch) => {
          doc.clients.length = 0;
          touch('clients', 'x');
        }),
      ),
    } as never) as unknown as Record<string, (input: unknown) => Promise<unknown>>;
    await expect(handlers['clients.list']!({})).rejects.toThrow('clients.list is declared as reading but tried to change data.');
    expect(core.db.data.clients.length).toBe(before);
  });

  it('announces what a write touched even when it fails part-way', async () => {
    const { core } = await openTestCore();
    const client = await call(core, 'clients.create', { fields: clientInput('Ada') });
    const emitted: AppEvent[] = [];
    const ctx = { db: core.db, now: () => new Date(), newId: () => 'x', emit: (event: AppEvent) => emitted.push(event) };
    const handlers = subjectHandlers(ctx, 'clients', {
      archive: writes([], async () => {
        await core.db.mutate(
          (doc) => {
            doc.clients.find((c) => c.id === client.id)!.name = 'Ada Lovelace';
          },
          { touched: { clients: [client.id] } },
        );
        throw new Error('second step failed');
      }),
    } as never) as unknown as Record<string, (input: unknown) => Promise<unknown>>;
    await expect(handlers['clients.archive']!({})).rejects.toThrow('second step failed');
    expect(emitted).toEqual([{ type: 'data-changed', subjects: ['clients'], records: { clients: [client.id] } }]);
  });
});

describe('changeEvent', () => {
  it('adds declared subjects to those of the touched collections', () => {
    const changed = new ChangeSet();
    changed.addRecords('briefs', ['b1']);
    expect(changeEvent(['trash'], changed)).toEqual({ subjects: ['trash', 'briefs'], records: { briefs: ['b1'] } });
  });

  it('names no records when a whole field was replaced, so lists load again', () => {
    const changed = new ChangeSet();
    changed.addRecords('briefs', ['b1']);
    changed.fields.add('templates');
    expect(changeEvent([], changed)).toEqual({ subjects: ['briefs', 'templates'] });
  });

  it('is nothing when nothing changed and nothing was declared', () => {
    expect(changeEvent([], new ChangeSet())).toBeNull();
  });
});
