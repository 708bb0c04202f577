// The paperTrail subject (operations in shared/operations/paperTrail.ts): entries typed or pasted
// (./service.ts, which other subjects use to add entries) and entries captured from files (./capture.ts).
import type { FoundationServices, ServiceContext } from '../context';
import type { HandlersFor } from '../dispatcher';
import { reads, subjectHandlers, writes } from '../operations';
import { type CaptureDeps, captureOperations } from './capture';

export function paperTrailHandlers(ctx: ServiceContext, services: FoundationServices, deps: CaptureDeps): HandlersFor<'paperTrail'> {
  const { paperTrail } = services;
  return subjectHandlers(ctx, 'paperTrail', {
    list: reads(paperTrail.list),
    // Brief rows count their paper-trail entries.
    add: writes(['briefs'], paperTrail.add),
    correct: writes([], paperTrail.correct),
    ...captureOperations(ctx, services, deps),
  });
}
