// Clients: create, edit, list and move to the trash (with their briefs and paper trail).
import type { ClientSummary, TrashReceipt } from '../../../shared/contract';
import type { Client, ClientFields } from '../../../shared/model/client';
import { type ServiceContext, matchesQuery, notFound } from '../context';

const OPEN_STATUSES = new Set(['draft', 'clarifying', 'ready', 'in-progress']);

export function clientsService(ctx: ServiceContext) {
  const find = (id: string): Client => {
    const client = ctx.db.byId('clients', id);
    if (client === undefined || client.trashedAt !== null) throw notFound('client');
    return client;
  };

  return {
    find,
    list({ query }: { query?: string }): ClientSummary[] {
      const briefs = ctx.db.data.briefs.filter((b) => b.trashedAt === null);
      return ctx.db.data.clients
        .filter((c) => c.trashedAt === null && matchesQuery(query, c.name, c.business, c.email))
        .map((c) => {
          const own = briefs.filter((b) => b.clientId === c.id);
          return { ...c, briefCount: own.length, openBriefCount: own.filter((b) => OPEN_STATUSES.has(b.status)).length };
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' }));
    },
    get({ id }: { id: string }): Client {
      return find(id);
    },
    async create({ fields }: { fields: ClientFields }): Promise<Client> {
      const at = ctx.now().toISOString();
      const client: Client = { ...fields, id: ctx.newId(), createdAt: at, updatedAt: at, trashedAt: null, trashBatchId: null };
      await ctx.db.mutate((doc) => doc.clients.push(client), { touched: { clients: [client] } });
      return client;
    },
    async update({ id, fields }: { id: string; fields: ClientFields }): Promise<Client> {
      const client = find(id);
      await ctx.db.mutate(() => Object.assign(client, fields, { updatedAt: ctx.now().toISOString() }), { touched: { clients: [client] } });
      return client;
    },
    async trash({ id }: { id: string }): Promise<TrashReceipt> {
      const client = find(id);
      const batchId = ctx.newId();
      const at = ctx.now().toISOString();
      const count = await ctx.db.mutate((doc, touch) => {
        const briefs = doc.briefs.filter((b) => b.clientId === id && b.trashedAt === null);
        const entries = doc.paperTrail.filter((e) => e.clientId === id && e.trashedAt === null);
        const incidents = doc.incidents.filter((i) => i.answers.happened.clientId === id && i.trashedAt === null);
        const records = [client, ...briefs, ...entries, ...incidents];
        for (const r of records) Object.assign(r, { trashedAt: at, trashBatchId: batchId });
        touch('clients', client);
        touch('briefs', ...briefs);
        touch('paperTrail', ...entries);
        touch('incidents', ...incidents);
        return records.length;
      });
      return { batchId, label: client.name, recordCount: count };
    },
  };
}
