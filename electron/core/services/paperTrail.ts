// The paper trail: entries are only ever added. A correction is a new entry pointing at the old one.
import { ApiError } from '../../../shared/envelope';
import type { PaperTrailEntry, PaperTrailEntryInput } from '../../../shared/model/paperTrail';
import type { briefsService } from './briefs';
import type { clientsService } from './clients';
import { type ServiceContext, notFound } from './context';
import { compareCodeUnits } from '../../../shared/domain/order';

export function paperTrailService(ctx: ServiceContext, clients: ReturnType<typeof clientsService>, briefs: ReturnType<typeof briefsService>) {
  const appendAll = async (entries: PaperTrailEntry[]): Promise<PaperTrailEntry[]> => {
    await ctx.db.mutate((doc) => doc.paperTrail.push(...entries), { touched: { paperTrail: entries } });
    ctx.changed('paperTrail', 'briefs');
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
