// The insights subject (operations in shared/operations/insights.ts): what went wrong, how often and why,
// computed from the live document by the pure `computeInsights` in shared/domain.
import { localIsoDay } from '../../../shared/domain/dateDisplay';
import { computeInsights } from '../../../shared/domain/insights';
import type { ServiceContext } from '../context';
import type { HandlersFor } from '../dispatcher';
import { reads, subjectHandlers } from '../operations';

export function insightHandlers(ctx: ServiceContext): HandlersFor<'insights'> {
  return subjectHandlers(ctx, 'insights', {
    get: reads(({ from, to }) => {
      const d = ctx.db.data;
      return computeInsights({ today: localIsoDay(ctx.now()), range: { from, to }, clients: d.clients, briefs: d.briefs, incidents: d.incidents });
    }),
  });
}
