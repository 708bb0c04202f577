// Handlers for the checklists operations declared in shared/operations/checklists.ts.
import type { HandlersFor } from '../dispatcher';
import type { ServiceContext } from '../services/context';
import type { FoundationServices } from './services';

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function checklistHandlers(_ctx: ServiceContext, _services: FoundationServices): HandlersFor<never> {
  return {};
}
