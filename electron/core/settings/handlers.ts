// The settings subject (operations in shared/operations/settings.ts). Settings live in their own file
// (./settingsPort.ts), not in the data document, so a change is declared here by name.
import type { ServiceContext } from '../context';
import type { HandlersFor } from '../dispatcher';
import { reads, subjectHandlers, writes } from '../operations';
import type { settingsService } from './service';

export function settingsHandlers(ctx: ServiceContext, settings: ReturnType<typeof settingsService>): HandlersFor<'settings'> {
  return subjectHandlers(ctx, 'settings', {
    get: reads(settings.get),
    update: writes(['settings'], settings.update),
  });
}
