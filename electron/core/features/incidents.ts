// Handlers for the incidents operations declared in shared/operations/incidents.ts.
import type { HandlersFor } from '../dispatcher';
import type { ServiceContext } from '../services/context';
import type { FoundationServices } from './services';

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function incidentHandlers(_ctx: ServiceContext, _services: FoundationServices): HandlersFor<never> {
  return {};
}
