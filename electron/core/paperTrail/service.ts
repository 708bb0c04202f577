// The paper trail: entries are only ever added. A correction is a new entry pointing at the old one.
import { ApiError } from '../../../shared/envelope';
import type { PaperTrailAttachment, PaperTrailEntry, PaperTrailEntryInput } from '../../../shared/model/paperTrail';
import type { briefsService } from '../briefs/service';
import type { clientsService } from '../clients/service';
import { type ServiceContext, notFound } from '../context';
import { compareCodeUnits } from '../../../shared/domain/order';

/** What capture adds to an entry: set by the core from the files, never taken from a caller. */
export type CapturedMaterial = Pick<PaperTrailEntry, 'original' | 'message' | 'attachments' | 'timeUnknown'>;

export function paperTrailService(ctx: ServiceContext, clients: ReturnType<typeof clientsService>, briefs: ReturnType<typeof briefsService>) {
  const appendAll = async (entries: PaperTrailEntry[]): Promise<PaperTrailEntry[]> => {
    await ctx.db.mutate((doc) => doc.paperTrail.push(...entries), { touched: { paperTrail: entries } });
    return entries;
  };
  const append = async (entry: PaperTrailEntry): Promise<PaperTrailEntry> => (await appendAll([entry]))[0]!;
  const newEntry = (clientId: string, briefId: string | null, fields: PaperTrailEntryInput): PaperTrailEntry => ({
    ...fields,
    direction: fields.direction ?? 'received',
    id: ctx.newId(),
    clientId,
    briefId,
    correctsId: null,
    createdAt: ctx.now().toISOString(),
    trashedAt: null,
    trashBatchId: null,
  });
  const checkOwner = (clientId: string, briefId: string | null) => {
    clients.find(clientId);
    if (briefId !== null && briefs.find(briefId).clientId !== clientId) {
      throw new ApiError('invalid_input', 'That brief belongs to another client.', { fields: { briefId: 'Choose one of this client’s briefs.' } });
    }
  };

  return {
    list({ clientId, briefId }: { clientId?: string; briefId?: string }): PaperTrailEntry[] {
      return ctx.db.data.paperTrail
        .filter((e) => e.trashedAt === null && (briefId === undefined || e.briefId === briefId) && (clientId === undefined || e.clientId === clientId))
        .sort((a, b) => compareCodeUnits(a.receivedAt, b.receivedAt) || compareCodeUnits(a.createdAt, b.createdAt));
    },
    async add({ clientId, briefId, fields }: { clientId: string; briefId: string | null; fields: PaperTrailEntryInput }) {
      checkOwner(clientId, briefId);
      return append(newEntry(clientId, briefId, fields));
    },
    /** Several entries of one exchange (a question and the answer to it), saved together in one durable write. */
    async addExchange({ clientId, briefId, entries }: { clientId: string; briefId: string | null; entries: PaperTrailEntryInput[] }) {
      checkOwner(clientId, briefId);
      return appendAll(entries.map((fields) => newEntry(clientId, briefId, fields)));
    },
    /** An entry made from a captured file. The caller has already stored the files it names, durably. */
    async addCaptured({
      clientId,
      briefId,
      fields,
      material,
    }: {
      clientId: string;
      briefId: string | null;
      fields: PaperTrailEntryInput;
      material: CapturedMaterial;
    }) {
      checkOwner(clientId, briefId);
      const defined = Object.fromEntries(Object.entries(material).filter(([, v]) => v !== undefined)) as CapturedMaterial;
      return append({ ...newEntry(clientId, briefId, fields), ...defined });
    },
    /**
     * Adds evidence to an entry. The words, time and sender never change and nothing is ever taken
     * away, so the trail stays append-only; files the entry already holds are not added twice.
     */
    async attach(entryId: string, files: PaperTrailAttachment[]) {
      const entry = ctx.db.data.paperTrail.find((e) => e.id === entryId && e.trashedAt === null);
      if (entry === undefined) throw notFound('paper-trail entry');
      const held = new Set([...(entry.attachments ?? []).map((a) => a.sha256), entry.original?.sha256]);
      const fresh = files.filter((f, i) => !held.has(f.sha256) && files.findIndex((g) => g.sha256 === f.sha256) === i);
      if ((entry.attachments?.length ?? 0) + fresh.length > 200)
        throw new ApiError('invalid_input', 'An entry can hold up to 200 files. Add the rest to a new entry.');
      if (fresh.length === 0) return entry;
      await ctx.db.mutate(
        () => {
          entry.attachments = [...(entry.attachments ?? []), ...fresh];
        },
        { touched: { paperTrail: [entry] } },
      );
      return entry;
    },
    async correct({ id, fields }: { id: string; fields: PaperTrailEntryInput }) {
      const original = ctx.db.data.paperTrail.find((e) => e.id === id && e.trashedAt === null);
      if (original === undefined) throw notFound('paper-trail entry');
      return append({
        ...fields,
        direction: fields.direction ?? original.direction,
        id: ctx.newId(),
        clientId: original.clientId,
        briefId: original.briefId,
        correctsId: original.id,
        createdAt: ctx.now().toISOString(),
        trashedAt: null,
        trashBatchId: null,
      });
    },
  };
}
