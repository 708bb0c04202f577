// Words in the search dialog, kept together for review.
import type { SearchKind } from '../../../../shared/domain/search';

export const searchText = {
  title: 'Search everywhere',
  label: 'Search clients, briefs, the paper trail, incidents and messages',
  placeholder: 'Search by a name, a title or the client’s own words',
  resultsLabel: 'Results',
  hint: 'Type a word or two. Close matches and the start of words count too.',
  keys: 'Use the up and down arrows to move, Enter to open, Escape to close.',
  searching: 'Searching…',
  none: (q: string) => `Nothing matches “${q}”. Try fewer letters, or another word the client used.`,
  count: (n: number) => (n === 1 ? '1 result' : `${n} results`),
  more: (n: number) => `${n} more. Add a word to narrow it down.`,
  close: 'Close',
  error: 'Search is not available just now. Your data is safe; please try again.',
};

export const kindLabels: Record<SearchKind, string> = {
  client: 'Clients',
  brief: 'Briefs',
  paperTrail: 'Paper trail',
  incident: 'Incidents',
  template: 'Messages',
};
