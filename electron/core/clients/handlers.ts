// The clients subject (operations in shared/operations/clients.ts). The record logic is in ./service.ts,
// which other subjects use to find a client.
import type { ServiceContext } from '../context';
import type { HandlersFor } from '../dispatcher';
import { reads, subjectHandlers, writes } from '../operations';
import type { clientsService } from './service';

export function clientHandlers(ctx: ServiceContext, clients: ReturnType<typeof clientsService>): HandlersFor<'clients'> {
  return subjectHandlers(ctx, 'clients', {
    list: reads(clients.list),
    get: reads(clients.get),
    create: writes([], clients.create),
    // Brief rows show the client's name.
    update: writes(['briefs'], clients.update),
    trash: writes(['trash'], clients.trash),
  });
}
