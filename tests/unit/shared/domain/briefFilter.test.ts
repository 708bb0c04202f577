// The indexed briefs filter gives exactly what a plain scan gives, before and after its letter lists are built.
import { describe, expect, it } from 'vitest';
import type { BriefSummary } from '../../../../shared/contract';
import { buildGrams, filterBriefs, indexBriefs } from '../../../../shared/domain/briefFilter';

const titles = ['Tidy the inbox', 'Book travel', 'Newsletter for March', 'Chase invoices', 'New client form', 'Café menu ünïcode', 'Price list'];
const briefs = Array.from({ length: 60 }, (_, i) => ({
  id: `b${i}`,
  title: titles[i % titles.length]!,
  summary: i % 3 === 0 ? 'Send the newsletter draft' : 'Check every amount twice',
  clientName: i % 2 ? 'Ada Lovelace' : 'Grace Hopper',
  status: i % 4 === 0 ? 'draft' : 'accepted',
})) as unknown as BriefSummary[];

const plain = (query: string, status: string) => {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return briefs
    .map((b, i) => [b, i] as const)
    .filter(([b]) => (status === '' || b.status === status) && words.every((w) => `${b.title}\n${b.summary}\n${b.clientName}`.toLocaleLowerCase().includes(w)))
    .map(([, i]) => i);
};

describe('briefs filter', () => {
  it.each([false, true])('matches a plain scan while typing (letter lists built: %s)', (built) => {
    const index = indexBriefs(briefs);
    if (built) buildGrams(index, (step) => step(), 7);
    expect(index.grams !== null).toBe(built);
    for (const status of ['', 'draft'] as const) {
      for (const phrase of ['newsletter', 'new client', 'ada  inv', 'café ü', 'zzz', 'e', 'ch x']) {
        for (let k = 0; k <= phrase.length; k++)
          expect([...filterBriefs(index, phrase.slice(0, k), status).positions], `${phrase.slice(0, k)}|${status}`).toEqual(plain(phrase.slice(0, k), status));
        // Deleting letters widens the result again.
        for (let k = phrase.length; k >= 0; k--)
          expect([...filterBriefs(index, phrase.slice(0, k), status).positions]).toEqual(plain(phrase.slice(0, k), status));
      }
    }
  });
});
