// The search subject (operations in shared/operations/search.ts): search everywhere, over an index built on
// the first search and marked stale by every change event.
import type { AppEvent } from '../../../shared/contract';
import { builtInTemplates } from '../../../shared/domain/templates/builtInTemplates';
import type { ServiceContext } from '../context';
import type { HandlersFor } from '../dispatcher';
import { reads, subjectHandlers } from '../operations';
import { createSearchIndex } from './searchIndex';

/** How the core lets a subject hear about changes (createCore's event listeners). */
export type OnEvent = (listener: (event: AppEvent) => void) => void;

export function searchHandlers(ctx: ServiceContext, onEvent?: OnEvent): HandlersFor<'search'> {
  const index = createSearchIndex(() => ({ ...ctx.db.data, builtInTemplates }));
  // With no way to hear about changes, check every record's version on each search instead.
  onEvent?.((event) => {
    if (event.type === 'data-changed') index.markStale();
  });
  return subjectHandlers(ctx, 'search', {
    query: reads(({ text, perKind }) => {
      if (onEvent === undefined) index.markStale();
      return index.search(text, perKind);
    }),
  });
}
