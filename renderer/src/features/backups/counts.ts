// Counts of records in plain words with correct plurals: "1 client, 2 briefs and 3 paper-trail entries".
import type { RecordCounts } from '../../../../shared/contract';
import { plural } from '../../../../shared/domain/plural';

const kinds: { key: Exclude<keyof RecordCounts, 'settings'>; one: string; many: string }[] = [
  { key: 'clients', one: 'client', many: 'clients' },
  { key: 'briefs', one: 'brief', many: 'briefs' },
  { key: 'paperTrail', one: 'paper-trail entry', many: 'paper-trail entries' },
  { key: 'incidents', one: 'incident', many: 'incidents' },
  { key: 'summaries', one: 'client summary', many: 'client summaries' },
  { key: 'templates', one: 'message template', many: 'message templates' },
  { key: 'checklistItems', one: 'checklist item', many: 'checklist items' },
];

/** Every kind of record, zeros included (so the VA sees what a file does not hold), then the settings. */
export function countsInWords(counts: RecordCounts, options: { withSettings?: boolean } = {}): string {
  const parts = kinds.map((k) => plural(counts[k.key] ?? 0, k.one, k.many));
  if (options.withSettings) parts.push(counts.settings ? 'your settings' : 'no settings');
  return listInWords(parts);
}

export function listInWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
