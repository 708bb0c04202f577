// Search: the pure text helpers, and the core's index kept up to date as records change.
import { describe, expect, it } from 'vitest';
import { highlightParts, normaliseTerm, searchSources, snippetAround } from '../../../shared/domain/search';
import { builtInTemplates } from '../../../shared/domain/templates/builtInTemplates';
import { createSearchIndex } from '../../../electron/core/features/searchIndex';
import { makeBrief, makeClient, makeEntry, makeIncident } from './records';
import { call, clientInput, briefInput, openTestCore, trailInput } from '../core/helpers';

describe('text helpers', () => {
  it('normalises case and accents', () => {
    expect(normaliseTerm('Café')).toBe('cafe');
    expect(normaliseTerm('ÉLAN')).toBe('elan');
  });

  it('splits matching words out for highlighting, keeping everything else as it was', () => {
    expect(highlightParts('Send the Café newsletter, please.', ['cafe', 'newsletter'])).toEqual([
      { text: 'Send the ', match: false },
      { text: 'Café', match: true },
      { text: ' ', match: false },
      { text: 'newsletter', match: true },
      { text: ', please.', match: false },
    ]);
    expect(highlightParts('', ['x'])).toEqual([]);
    expect(highlightParts('<b>not html</b>', [])).toEqual([{ text: '<b>not html</b>', match: false }]);
  });

  it('cuts a snippet around the first match on word boundaries', () => {
    const long = `${'Lorem ipsum dolor sit amet. '.repeat(10)}Please archive the receipts folder today. ${'More words follow here. '.repeat(10)}`;
    const snippet = snippetAround(long, ['receipts'], 80);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('receipts');
    expect(snippet.length).toBeLessThanOrEqual(82);
    expect(snippetAround('Short text.', ['x'])).toBe('Short text.');
  });
});

describe('search index', () => {
  it('finds nothing in an empty document, and one record in a one-record document', () => {
    const empty = createSearchIndex(() => ({ clients: [], briefs: [], paperTrail: [] }));
    expect(empty.search('anything', 5)).toEqual({ query: 'anything', groups: [], total: 0 });
    const ada = makeClient('Ada Lovelace');
    const one = createSearchIndex(() => ({ clients: [ada], briefs: [], paperTrail: [] }));
    expect(one.search('lovel', 5).groups).toEqual([{ kind: 'client', total: 1, hits: [expect.objectContaining({ title: 'Ada Lovelace', target: { area: 'clients', id: ada.id } })] }]);
    expect(one.search('   ', 5).total).toBe(0);
  });

  it('groups by kind with prefix and fuzzy matching, and skips trashed records', () => {
    const ada = makeClient('Ada');
    const gone = makeClient('Gone', { trashed: true });
    const b = makeBrief(ada, 'Quarterly newsletter', { summary: 'Send to all subscribers' });
    const entry = makeEntry(ada, b, 'Please use the spring palette for the newsletter banner.');
    const loose = makeEntry(ada, null, 'Call me about the invoices on Friday.');
    const incident = makeIncident({ client: ada, brief: b, description: 'Newsletter went to the wrong segment', lesson: 'Confirm the segment in writing' });
    const data = { clients: [ada, gone], briefs: [b, makeBrief(gone, 'Hidden newsletter')], paperTrail: [entry, loose], incidents: [incident], builtInTemplates };
    const index = createSearchIndex(() => data);
    const result = index.search('newsleter', 5);
    expect(result.groups.map((g) => g.kind)).toEqual(['brief', 'paperTrail', 'incident', 'template'].filter((k) => result.groups.some((g) => g.kind === k)));
    expect(result.groups.find((g) => g.kind === 'brief')!.hits.map((h) => h.title)).toEqual(['Quarterly newsletter']);
    const trail = index.search('palette', 5).groups;
    expect(trail).toEqual([{ kind: 'paperTrail', total: 1, hits: [expect.objectContaining({ title: 'Quarterly newsletter', target: { area: 'briefs', id: b.id }, snippet: entry.words, terms: ['palette'] })] }]);
    expect(index.search('invoices', 5).groups[0]!.hits[0]!.target).toEqual({ area: 'clients', id: ada.id });
    expect(index.search('hidden', 5).total).toBe(0);
  });

  it('prefers all words, and falls back to any word', () => {
    const ada = makeClient('Ada');
    const index = createSearchIndex(() => ({ clients: [ada], briefs: [makeBrief(ada, 'Spring newsletter'), makeBrief(ada, 'Autumn newsletter')], paperTrail: [] }));
    expect(index.search('spring newsletter', 5).total).toBe(1);
    expect(index.search('spring zebra', 5).total).toBe(1);
  });

  it('indexes many records and re-indexes only what changed', () => {
    const clients = Array.from({ length: 50 }, (_, i) => makeClient(`Client ${i}`));
    const briefs = clients.flatMap((c, i) => Array.from({ length: 20 }, (_, j) => makeBrief(c, `Brief ${i}-${j} about ${j % 2 ? 'payroll' : 'travel'}`)));
    const data = { clients, briefs, paperTrail: [] as ReturnType<typeof makeEntry>[] };
    const index = createSearchIndex(() => data);
    expect(index.size()).toBe(50 + 1000);
    expect(index.search('payroll', 3).groups[0]).toMatchObject({ kind: 'brief', total: 500 });
    expect(index.search('payroll', 3).groups[0]!.hits).toHaveLength(3);
    data.paperTrail.push(makeEntry(clients[0]!, briefs[0]!, 'Remember the gazebo booking'));
    expect(index.search('gazebo', 3).total).toBe(0); // not marked stale yet
    index.markStale();
    expect(index.search('gazebo', 3).total).toBe(1);
    expect(searchSources(data)).toHaveLength(1051);
  });
});

describe('through the real core', () => {
  it('finds a brief by a word in its paper trail, and forgets it once trashed', async () => {
    const { core } = await openTestCore();
    const client = await call(core, 'clients.create', { fields: clientInput('Noor Haddad') });
    const brief = await call(core, 'briefs.create', { clientId: client.id, fields: briefInput('Patient newsletter') });
    expect((await call(core, 'search.query', { text: 'marigold' })).total).toBe(0);
    await call(core, 'paperTrail.add', { clientId: client.id, briefId: brief.id, fields: trailInput('Use the marigold header, not the blue one.') });
    const found = await call(core, 'search.query', { text: 'marigold' });
    expect(found.groups).toEqual([{ kind: 'paperTrail', total: 1, hits: [expect.objectContaining({ title: 'Patient newsletter', target: { area: 'briefs', id: brief.id } })] }]);
    await call(core, 'briefs.trash', { id: brief.id });
    expect((await call(core, 'search.query', { text: 'marigold' })).total).toBe(0);
    const templates = await call(core, 'search.query', { text: 'deadline' });
    expect(templates.groups.some((g) => g.kind === 'template')).toBe(true);
  });
});
