// Task briefs: their fields, their status (with snapshots at start and delivery) and the trash.
import { localIsoDay } from '../../../shared/domain/dateDisplay';
import type { BriefRow, BriefSummary, TrashReceipt } from '../../../shared/contract';
import { ApiError } from '../../../shared/envelope';
import { type Brief, briefFieldsOf, type BriefFields, type BriefStatus, briefStatusLabels, briefTransitions } from '../../../shared/model/brief';
import { briefChecklistView, isStartingWork, materialise, startBlockedMessage, startWorkDecision } from '../../../shared/domain/checklist';
import { emptyBriefChecklist } from '../../../shared/model/checklist';
import { type ServiceContext, matchesQuery, notFound } from '../context';
import type { clientsService } from '../clients/service';
import { compareCodeUnits } from '../../../shared/domain/order';

export function briefsService(ctx: ServiceContext, clients: ReturnType<typeof clientsService>) {
  const find = (id: string): Brief => {
    const brief = ctx.db.byId('briefs', id);
    if (brief === undefined || brief.trashedAt !== null) throw notFound('brief');
    return brief;
  };

  return {
    find,
    list({ clientId, query, status }: { clientId?: string; query?: string; status?: BriefStatus }): BriefSummary[] {
      const names = new Map(ctx.db.data.clients.map((c) => [c.id, c.name]));
      const trailCounts = new Map<string, number>();
      for (const e of ctx.db.data.paperTrail) {
        if (e.briefId !== null && e.trashedAt === null) trailCounts.set(e.briefId, (trailCounts.get(e.briefId) ?? 0) + 1);
      }
      return ctx.db.data.briefs
        .filter(
          (b) =>
            b.trashedAt === null &&
            (clientId === undefined || b.clientId === clientId) &&
            (status === undefined || b.status === status) &&
            matchesQuery(query, b.title, b.summary, names.get(b.clientId) ?? ''),
        )
        .map((b) => ({ ...b, clientName: names.get(b.clientId) ?? '', paperTrailCount: trailCounts.get(b.id) ?? 0 }))
        .sort((a, b) => compareCodeUnits(b.updatedAt, a.updatedAt));
    },
    rows({ ids }: { ids?: string[] } = {}): BriefRow[] {
      const names = new Map(ctx.db.data.clients.map((c) => [c.id, c.name]));
      const only = ids === undefined ? null : new Set(ids);
      const rows: BriefRow[] = [];
      for (const { id, clientId, title, summary, status, deadline, updatedAt, trashedAt } of ctx.db.data.briefs) {
        if (trashedAt === null && (only === null || only.has(id)))
          rows.push({ id, clientId, clientName: names.get(clientId) ?? '', title, summary, status, deadline, updatedAt });
      }
      return rows.sort((a, b) => compareCodeUnits(b.updatedAt, a.updatedAt));
    },
    get({ id }: { id: string }): Brief {
      return find(id);
    },
    async create({ clientId, fields }: { clientId: string; fields: BriefFields }): Promise<Brief> {
      clients.find(clientId);
      const at = ctx.now().toISOString();
      // Keys in the schema's order: a document read back from disk then serialises to the same
      // bytes, so restoring the pre-restore backup gives back a byte-identical file.
      const brief: Brief = {
        ...fields,
        id: ctx.newId(),
        createdAt: at,
        updatedAt: at,
        trashedAt: null,
        trashBatchId: null,
        clientId,
        status: 'draft',
        deliveredOn: null,
        snapshots: [],
        checklist: emptyBriefChecklist(),
        figureChecks: [],
      };
      await ctx.db.mutate((doc) => doc.briefs.push(brief), { touched: { briefs: [brief] } });
      return brief;
    },
    async update({ id, fields }: { id: string; fields: BriefFields }): Promise<Brief> {
      const brief = find(id);
      await ctx.db.mutate(() => Object.assign(brief, fields, { updatedAt: ctx.now().toISOString() }), { touched: { briefs: [brief] } });
      return brief;
    },
    async setStatus({
      id,
      status,
      deliveredOn,
      overrideReason,
    }: {
      id: string;
      status: BriefStatus;
      deliveredOn?: string;
      overrideReason?: string;
    }): Promise<Brief> {
      const brief = find(id);
      if (brief.status === status) return brief;
      if (!briefTransitions[brief.status].includes(status)) {
        throw new ApiError('conflict', `A brief that is “${briefStatusLabels[brief.status]}” cannot move straight to “${briefStatusLabels[status]}”.`);
      }
      const now = ctx.now();
      // "Start work" is gated by the clarification checklist; the checklist is frozen as it stood.
      let started: { items: Brief['checklist']['items']; override: { reason: string; openItems: string[] } | null } | null = null;
      if (isStartingWork(brief.status, status)) {
        const view = briefChecklistView(brief.checklist.items, ctx.db.data.checklistTemplate, brief.clientId, brief.status, brief);
        const decision = startWorkDecision(view, overrideReason);
        if (!decision.allowed) {
          throw new ApiError('conflict', startBlockedMessage(decision.problem, decision.openItems), {
            problem: decision.problem,
            openItems: decision.openItems.map((i) => ({ id: i.id, label: i.label })),
          });
        }
        started = { items: materialise(view), override: decision.override };
      }
      await ctx.db.mutate(
        () => {
          if (started !== null) {
            brief.checklist.items = started.items;
            if (started.override !== null)
              brief.checklist.override = { reason: started.override.reason, at: now.toISOString(), openItems: started.override.openItems };
          }
          brief.status = status;
          brief.updatedAt = now.toISOString();
          if (status === 'in-progress' && !brief.snapshots.some((s) => s.kind === 'started')) {
            brief.snapshots.push({ kind: 'started', takenAt: now.toISOString(), fields: briefFieldsOf(brief) });
          }
          if (status === 'delivered') {
            brief.deliveredOn = deliveredOn ?? localIsoDay(now);
            brief.snapshots.push({ kind: 'delivered', takenAt: now.toISOString(), fields: briefFieldsOf(brief) });
          }
        },
        { touched: { briefs: [brief] } },
      );
      return brief;
    },
    async trash({ id }: { id: string }): Promise<TrashReceipt> {
      const brief = find(id);
      const batchId = ctx.newId();
      const at = ctx.now().toISOString();
      const count = await ctx.db.mutate((doc, touch) => {
        const entries = doc.paperTrail.filter((e) => e.briefId === id && e.trashedAt === null);
        const records = [brief, ...entries];
        for (const r of records) Object.assign(r, { trashedAt: at, trashBatchId: batchId });
        touch('briefs', brief);
        touch('paperTrail', ...entries);
        return records.length;
      });
      return { batchId, label: brief.title, recordCount: count };
    },
    localIsoDay,
  };
}
