// The incident records as the handlers reach them: lookups that refuse trashed or closed incidents,
// timeline entries, and one change at a time made durable before the renderer hears of it.
import { ApiError } from '../../../shared/envelope';
import type { Incident, IncidentStep, TimelineKind } from '../../../shared/model/incident';
import { notFound, type ServiceContext } from '../context';

export function incidentRecords(ctx: ServiceContext) {
  const data = () => ctx.db.data;

  const find = (id: string): Incident => {
    const incident = data().incidents.find((i) => i.id === id && i.trashedAt === null);
    if (incident === undefined) throw notFound('incident');
    return incident;
  };
  const findOpen = (id: string): Incident => {
    const incident = find(id);
    if (incident.status === 'closed') throw new ApiError('conflict', 'This incident is closed. Reopen it to change anything.');
    return incident;
  };
  const liveBrief = (id: string | null) => (id === null ? undefined : data().briefs.find((b) => b.id === id && b.trashedAt === null));
  const anyClient = (id: string | null) => (id === null ? undefined : data().clients.find((c) => c.id === id));
  const entry = (kind: TimelineKind, step: IncidentStep | null, text: string, at: string) => ({ id: ctx.newId(), at, kind, step, text });

  async function change(incident: Incident, apply: (at: string) => void): Promise<Incident> {
    const at = ctx.now().toISOString();
    // Only this incident changed: the journal records it alone, so an autosave costs the same in year ten.
    await ctx.db.mutate(
      () => {
        apply(at);
        incident.updatedAt = at;
      },
      { touched: { incidents: [incident] } },
    );
    return incident;
  }

  return { ctx, data, find, findOpen, liveBrief, anyClient, entry, change };
}

export type IncidentRecords = ReturnType<typeof incidentRecords>;
