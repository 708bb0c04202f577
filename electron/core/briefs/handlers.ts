// The briefs subject (operations in shared/operations/briefs.ts). The record logic is in ./service.ts,
// which other subjects use to find a brief.
import type { ServiceContext } from '../context';
import type { HandlersFor } from '../dispatcher';
import { reads, subjectHandlers, writes } from '../operations';
import type { briefsService } from './service';

export function briefHandlers(ctx: ServiceContext, briefs: ReturnType<typeof briefsService>): HandlersFor<'briefs'> {
  return subjectHandlers(ctx, 'briefs', {
    list: reads(briefs.list),
    rows: reads(briefs.rows),
    get: reads(briefs.get),
    // The clients list counts each client's briefs and open briefs; editing a brief's words changes neither.
    create: writes(['clients'], briefs.create),
    update: writes([], briefs.update),
    setStatus: writes(['clients'], briefs.setStatus),
    trash: writes(['clients', 'trash'], briefs.trash),
  });
}
