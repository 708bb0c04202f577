// The trash: what was deleted, restored in one step or purged for good (only from here, confirmed).
// Captured files are content-addressed, so the trash keeps them simply by keeping the entry that names them;
// a purge removes, after the records are gone for good, the files that no entry names any more (the copies in
// backups/attachments stay for the backups that still name them).
import type { TrashItem } from '../../../shared/contract';
import { ApiError } from '../../../shared/envelope';
import type { PaperTrailEntry } from '../../../shared/model/paperTrail';
import { type ServiceContext } from '../context';
import type { HandlersFor } from '../dispatcher';
import { reads, subjectHandlers, writes } from '../operations';
import { compareCodeUnits } from '../../../shared/domain/order';

export function trashService(ctx: ServiceContext) {
  const inBatch = <T extends { trashBatchId: string | null }>(records: T[], batchId: string) => records.filter((r) => r.trashBatchId === batchId);

  const batchSize = (batchId: string) => {
    const d = ctx.db.data;
    return (
      inBatch(d.clients, batchId).length +
      inBatch(d.briefs, batchId).length +
      inBatch(d.paperTrail, batchId).length +
      inBatch(d.templates, batchId).length +
      inBatch(d.incidents, batchId).length
    );
  };

  /** Everything a batch took with it besides its own record, in words: "2 briefs, 5 paper-trail entries and 1 incident". */
  const takenWith = (batchId: string, kinds: ('briefs' | 'paperTrail' | 'incidents')[]) => {
    const d = ctx.db.data;
    const words = { briefs: ['brief', 'briefs'], paperTrail: ['paper-trail entry', 'paper-trail entries'], incidents: ['incident', 'incidents'] } as const;
    const count = (k: (typeof kinds)[number]) =>
      (k === 'briefs' ? inBatch(d.briefs, batchId) : k === 'paperTrail' ? inBatch(d.paperTrail, batchId) : inBatch(d.incidents, batchId)).length;
    const parts = kinds
      .map((k) => [count(k), words[k]] as const)
      .filter(([n]) => n > 0)
      .map(([n, [one, many]]) => `${n} ${n === 1 ? one : many}`);
    return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  };

  return {
    list(): TrashItem[] {
      const d = ctx.db.data;
      const names = new Map(d.clients.map((c) => [c.id, c.name]));
      const items: TrashItem[] = [];
      for (const c of d.clients) {
        if (c.trashedAt === null || c.trashBatchId === null) continue;
        const taken = takenWith(c.trashBatchId, ['briefs', 'paperTrail', 'incidents']);
        items.push({
          batchId: c.trashBatchId,
          kind: 'client',
          recordId: c.id,
          label: c.name,
          detail: taken === '' ? 'Client' : `Client, with ${taken}`,
          trashedAt: c.trashedAt,
          recordCount: batchSize(c.trashBatchId),
        });
      }
      const clientBatches = new Set(items.map((i) => i.batchId));
      for (const b of d.briefs) {
        if (b.trashedAt === null || b.trashBatchId === null || clientBatches.has(b.trashBatchId)) continue;
        items.push({
          batchId: b.trashBatchId,
          kind: 'brief',
          recordId: b.id,
          label: b.title,
          detail: `Brief for ${names.get(b.clientId) ?? 'a client'}${((t) => (t === '' ? '' : `, with ${t}`))(takenWith(b.trashBatchId, ['paperTrail', 'incidents']))}`,
          trashedAt: b.trashedAt,
          recordCount: batchSize(b.trashBatchId),
        });
      }
      for (const t of d.templates) {
        if (t.trashedAt === null || t.trashBatchId === null) continue;
        items.push({
          batchId: t.trashBatchId,
          kind: 'template',
          recordId: t.id,
          label: t.name,
          detail: t.builtInId === null ? 'Message template' : 'Your edited copy of a built-in message template',
          trashedAt: t.trashedAt,
          recordCount: 1,
        });
      }
      for (const i of d.incidents) {
        // An incident trashed with its client comes back with the client, so it is listed under the client.
        if (i.trashedAt === null || i.trashBatchId === null || clientBatches.has(i.trashBatchId)) continue;
        const client = i.answers.happened.clientId === null ? undefined : names.get(i.answers.happened.clientId);
        const words = i.answers.happened.description.trim().replace(/\s+/g, ' ');
        items.push({
          batchId: i.trashBatchId,
          kind: 'incident',
          recordId: i.id,
          label: words === '' ? 'Incident' : words.length > 80 ? `${words.slice(0, 79)}…` : words,
          detail: client === undefined ? 'Incident' : `Incident for ${client}`,
          trashedAt: i.trashedAt,
          recordCount: 1,
        });
      }
      return items.sort((a, b) => compareCodeUnits(b.trashedAt, a.trashedAt));
    },
    async restore({ batchId }: { batchId: string }): Promise<{ restored: number }> {
      const d = ctx.db.data;
      const count = batchSize(batchId);
      if (count === 0) throw new ApiError('not_found', 'That item is no longer in the trash.');
      for (const b of inBatch(d.briefs, batchId)) {
        const owner = d.clients.find((c) => c.id === b.clientId);
        // Restoring a brief whose client was deleted for good would leave it with no client.
        if (owner === undefined) {
          throw new ApiError('conflict', `This brief’s client was deleted for good, so the brief cannot come back. You can delete it for good too.`);
        }
        if (owner.trashedAt !== null && owner.trashBatchId !== batchId) {
          throw new ApiError('conflict', `This brief belongs to ${owner.name}, who is in the trash too. Restore ${owner.name} first.`);
        }
      }
      // Only the batch's records change: the journal records them alone. (A purge rewrites whole lists,
      // so it is saved as a full snapshot; it is rare, and asked for.)
      await ctx.db.mutate((doc, touch) => {
        const clients = inBatch(doc.clients, batchId);
        const briefs = inBatch(doc.briefs, batchId);
        const paperTrail = inBatch(doc.paperTrail, batchId);
        const incidents = inBatch(doc.incidents, batchId);
        touch('clients', ...clients);
        touch('briefs', ...briefs);
        touch('paperTrail', ...paperTrail);
        touch('incidents', ...incidents);
        for (const r of [...clients, ...briefs, ...paperTrail, ...incidents]) {
          r.trashedAt = null;
          r.trashBatchId = null;
        }
        const templates = inBatch(doc.templates, batchId);
        touch('templates', ...templates);
        for (const t of templates) {
          // An edited built-in that was reset comes back as the edit, unless the VA has edited it again
          // since: then it comes back as a template of their own, so neither version is lost.
          const editedAgain = t.builtInId !== null && doc.templates.some((o) => o !== t && o.trashedAt === null && o.builtInId === t.builtInId);
          if (editedAgain) Object.assign(t, { builtInId: null, name: `${t.name} (restored)`.slice(0, 200) });
          t.trashedAt = null;
          t.trashBatchId = null;
        }
      });
      return { restored: count };
    },
    async purge({ batchId }: { batchId: string }): Promise<{ purged: number }> {
      const count = batchSize(batchId);
      if (count === 0) throw new ApiError('not_found', 'That item is no longer in the trash.');
      const named = (entries: PaperTrailEntry[]) =>
        entries.flatMap((e) => [...(e.original ? [e.original.sha256] : []), ...(e.attachments ?? []).map((a) => a.sha256)]);
      const purgedFiles = new Set(named(inBatch(ctx.db.data.paperTrail, batchId)));
      await ctx.db.mutate((doc) => {
        doc.clients = doc.clients.filter((r) => r.trashBatchId !== batchId);
        doc.briefs = doc.briefs.filter((r) => r.trashBatchId !== batchId);
        doc.paperTrail = doc.paperTrail.filter((r) => r.trashBatchId !== batchId);
        doc.templates = doc.templates.filter((r) => r.trashBatchId !== batchId);
        doc.incidents = doc.incidents.filter((r) => r.trashBatchId !== batchId);
      });
      if (purgedFiles.size > 0) {
        const stillNamed = new Set(named(ctx.db.data.paperTrail));
        const store = ctx.db.backups.liveAttachments;
        for (const sha of purgedFiles) if (!stillNamed.has(sha)) await store.removeAttachment(sha).catch(() => undefined);
      }
      return { purged: count };
    },
  };
}

/** The trash subject (operations in shared/operations/trash.ts). */
export function trashHandlers(ctx: ServiceContext): HandlersFor<'trash'> {
  const trash = trashService(ctx);
  return subjectHandlers(ctx, 'trash', {
    list: reads(trash.list),
    restore: writes(['trash'], trash.restore),
    purge: writes(['trash'], trash.purge),
  });
}
