// Handlers for the templates operations declared in shared/operations/templates.ts.
import type { HandlersFor } from '../dispatcher';
import type { ServiceContext } from '../services/context';
import type { FoundationServices } from './services';

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function templateHandlers(_ctx: ServiceContext, _services: FoundationServices): HandlersFor<never> {
  return {};
}
