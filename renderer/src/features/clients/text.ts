// Words on the Clients screens, kept together for review.
import type { OutOfScopeBilling, PreferredChannel } from '../../../../shared/model/client';

export const clientText = {
  heading: 'Clients',
  add: 'New client',
  searchLabel: 'Search clients',
  emptyTitle: 'Add your first client',
  emptyBody: 'Keep each client’s contact details and contract terms here, so their briefs and paper trail have a home.',
  noMatches: 'No clients match your search.',
  pickOne: 'Choose a client on the left, or add a new one.',
  createHeading: 'New client',
  createButton: 'Add client',
  trashButton: 'Move to trash',
  trashConfirmTitle: (name: string) => `Move ${name} to the trash?`,
  /** Says every kind of record the delete takes with it; a kind the client has none of is left out. */
  trashConfirmBody: (taken: { briefs: number; paperTrail: number; incidents: number }) => {
    const n = (count: number, one: string, many: string) => (count === 1 ? `their ${one}` : `their ${count} ${many}`);
    const parts = [
      taken.briefs > 0 ? n(taken.briefs, 'brief', 'briefs') : null,
      taken.paperTrail > 0 ? n(taken.paperTrail, 'paper-trail entry', 'paper-trail entries') : null,
      taken.incidents > 0 ? n(taken.incidents, 'incident', 'incidents') : null,
    ].filter((p): p is string => p !== null);
    const what =
      parts.length === 0 ? 'the client' : `the client, ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`}`;
    return `This moves ${what} to the trash. You can undo this for 10 seconds, or restore it all from Trash later.`;
  },
  trashed: (name: string) => `Moved ${name} to the trash.`,
  restored: (name: string) => `Restored ${name}.`,
  contractLegend: 'Contract terms',
  conformityHint: 'Work Product Conformity: a problem reported within this many working days of delivery is fixed free.',
};

export const preferredChannelOptions: { value: PreferredChannel; label: string }[] = [
  { value: 'email', label: 'Email' },
  { value: 'phone', label: 'Phone' },
  { value: 'chat', label: 'Chat or DM' },
  { value: 'video', label: 'Video call' },
];

export const outOfScopeOptions: { value: OutOfScopeBilling; label: string }[] = [
  { value: 'quote-first', label: 'Quote first, then bill' },
  { value: 'hourly', label: 'Billed hourly' },
  { value: 'fixed-fee', label: 'Fixed fee per change' },
  { value: 'not-billed', label: 'Not billed' },
];
