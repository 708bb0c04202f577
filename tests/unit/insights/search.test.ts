// Search: the pure text helpers, and the core's index kept up to date as records change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSearchDoc, highlightParts, normaliseTerm, type SearchKind, searchSources, snippetAround, visitSearchSources } from '../../../shared/domain/search';
import type { Brief } from '../../../shared/model/brief';
import type { SearchResults } from '../../../shared/operations/search';
import { builtInTemplates } from '../../../shared/domain/templates/builtInTemplates';
import { createSearchIndex } from '../../../electron/core/search/searchIndex';
import { makeBrief, makeClient, makeEntry, makeIncident } from './records';
import { call, clientInput, briefInput, openTestCore, trailInput } from '../core/helpers';
import { levenshtein } from './levenshtein';

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
    expect(one.search('lovel', 5).groups).toEqual([
      { kind: 'client', total: 1, hits: [expect.objectContaining({ title: 'Ada Lovelace', target: { area: 'clients', id: ada.id } })] },
    ]);
    expect(one.search('   ', 5).total).toBe(0);
  });

  it('groups by kind with prefix and fuzzy matching, and skips trashed records', () => {
    const ada = makeClient('Ada');
    const gone = makeClient('Gone', { trashed: true });
    const b = makeBrief(ada, 'Quarterly newsletter', { summary: 'Send to all subscribers' });
    const entry = makeEntry(ada, b, 'Please use the spring palette for the newsletter banner.');
    const loose = makeEntry(ada, null, 'Call me about the invoices on Friday.');
    const incident = makeIncident({ client: ada, brief: b, description: 'Newsletter went to the wrong segment', lesson: 'Confirm the segment in writing' });
    const data = {
      clients: [ada, gone],
      briefs: [b, makeBrief(gone, 'Hidden newsletter')],
      paperTrail: [entry, loose],
      incidents: [incident],
      builtInTemplates,
    };
    const index = createSearchIndex(() => data);
    const result = index.search('newsleter', 5);
    expect(result.groups.map((g) => g.kind)).toEqual(['brief', 'paperTrail', 'incident', 'template'].filter((k) => result.groups.some((g) => g.kind === k)));
    expect(result.groups.find((g) => g.kind === 'brief')!.hits.map((h) => h.title)).toEqual(['Quarterly newsletter']);
    const trail = index.search('palette', 5).groups;
    expect(trail).toEqual([
      {
        kind: 'paperTrail',
        total: 1,
        hits: [expect.objectContaining({ title: 'Quarterly newsletter', target: { area: 'briefs', id: b.id }, snippet: entry.words, terms: ['palette'] })],
      },
    ]);
    expect(index.search('invoices', 5).groups[0]!.hits[0]!.target).toEqual({ area: 'clients', id: ada.id });
    expect(index.search('hidden', 5).total).toBe(0);
  });

  it('prefers all words, and falls back to any word', () => {
    const ada = makeClient('Ada');
    const index = createSearchIndex(() => ({
      clients: [ada],
      briefs: [makeBrief(ada, 'Spring newsletter'), makeBrief(ada, 'Autumn newsletter')],
      paperTrail: [],
    }));
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
    expect(found.groups).toEqual([
      { kind: 'paperTrail', total: 1, hits: [expect.objectContaining({ title: 'Patient newsletter', target: { area: 'briefs', id: brief.id } })] },
    ]);
    await call(core, 'briefs.trash', { id: brief.id });
    expect((await call(core, 'search.query', { text: 'marigold' })).total).toBe(0);
    const templates = await call(core, 'search.query', { text: 'deadline' });
    expect(templates.groups.some((g) => g.kind === 'template')).toBe(true);
  });
});

describe('search index: ranking and matching', () => {
  const owner = makeClient('Ada');
  const briefsIndex = (...briefs: Brief[]) => createSearchIndex(() => ({ clients: [owner], briefs, paperTrail: [] }));
  const titles = (result: SearchResults) => result.groups.flatMap((g) => g.hits.map((h) => h.title));

  it('ranks a title hit above a body hit', () => {
    const index = briefsIndex(
      makeBrief(owner, 'Monthly bookkeeping', { summary: 'Run the payroll' }),
      makeBrief(owner, 'Payroll run', { summary: 'Monthly bookkeeping' }),
    );
    expect(titles(index.search('payroll', 5))).toEqual(['Payroll run', 'Monthly bookkeeping']);
  });

  it('ranks an exact word above a longer word it starts, and that above a near miss', () => {
    const index = briefsIndex(makeBrief(owner, 'Clan review'), makeBrief(owner, 'Plans review'), makeBrief(owner, 'Plan review'));
    const found = index.search('plan', 5).groups[0]!;
    expect(found.hits.map((h) => [h.title, h.terms])).toEqual([
      ['Plan review', ['plan']],
      ['Plans review', ['plans']],
      ['Clan review', ['clan']],
    ]);
  });

  it('never matches words under four letters fuzzily, and forgives one typo from five letters, two from eight', () => {
    const index = briefsIndex(makeBrief(owner, 'Cut the catalogue'), makeBrief(owner, 'Invoice chasing'), makeBrief(owner, 'Newsletter layout'));
    expect(titles(index.search('cat', 5))).toEqual(['Cut the catalogue']); // by prefix only
    expect(index.search('bat', 5).total).toBe(0);
    expect(index.search('cot', 5).total).toBe(0);
    expect(titles(index.search('invoce', 5))).toEqual(['Invoice chasing']);
    expect(titles(index.search('invoise', 5))).toEqual(['Invoice chasing']);
    expect(index.search('invuoce', 5).total).toBe(0); // two edits in a seven-letter word
    expect(titles(index.search('nwsleter', 5))).toEqual(['Newsletter layout']);
    expect(index.search('nwslettr layot', 5).total).toBe(0 + 1);
    expect(index.search('nwzlettrr', 5).total).toBe(0);
  });

  it('needs every word, falls back to any word only across white space, and ranks records with more words first', () => {
    const index = briefsIndex(makeBrief(owner, 'Spring newsletter'), makeBrief(owner, 'Autumn newsletter'), makeBrief(owner, 'Spring autumn planning'));
    expect(titles(index.search('spring newsletter', 5))).toEqual(['Spring newsletter']);
    expect(titles(index.search('spring autumn zebra', 5))[0]).toBe('Spring autumn planning');
    expect(index.search('spring autumn zebra', 5).total).toBe(3);
    expect(index.search('spring,zebra', 5).total).toBe(0);
  });

  it('ignores case, accents and punctuation, in records and in queries', () => {
    const index = briefsIndex(makeBrief(owner, 'Café opening'), makeBrief(owner, 'E-mail follow-up', { summary: 'Ask O’Brien about the ÉLAN account.' }));
    expect(titles(index.search('CAFE', 5))).toEqual(['Café opening']);
    expect(titles(index.search('café', 5))).toEqual(['Café opening']);
    const mail = index.search('mail, follow!', 5).groups[0]!.hits[0]!;
    expect(mail).toMatchObject({ title: 'E-mail follow-up', terms: ['mail', 'follow'], snippet: '' });
    const elan = index.search('elan o’brien', 5).groups[0]!.hits[0]!;
    expect(elan.terms).toEqual(['elan', 'o', 'brien']);
    expect(elan.snippet).toBe('Ask O’Brien about the ÉLAN account.');
    expect(index.search('!!! …', 5)).toEqual({ query: '!!! …', groups: [], total: 0 });
  });

  it('reports the record words a query matched, and a snippet only when the body matched', () => {
    const index = briefsIndex(makeBrief(owner, 'Newsletter', { summary: 'Send the news digest' }));
    const hit = index.search('news', 5).groups[0]!.hits[0]!;
    expect(hit.terms).toEqual(['news', 'newsletter']);
    expect(hit.snippet).toBe('Send the news digest');
    expect(index.search('newsletter', 5).groups[0]!.hits[0]!.snippet).toBe('');
  });

  it('finds exactly the records a brute-force reading finds: every word by prefix or near miss, else any word', () => {
    const word = fc.stringMatching(/^[abc]{1,6}$/);
    const edits = (w: string) => (w.length < 4 ? 0 : Math.round(w.length * 0.2));
    const zed = makeClient('Zed'); // too far from any query word to match, in the client or in each brief's context
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 20 }),
        fc.array(word, { minLength: 1, maxLength: 2 }),
        (texts, query) => {
          const briefs = texts.map((t) => makeBrief(zed, t.join(' ')));
          const index = createSearchIndex(() => ({ clients: [zed], briefs, paperTrail: [] }));
          const holds = (i: number, w: string) => texts[i]!.some((t) => t.startsWith(w) || (edits(w) > 0 && levenshtein(t, w) <= edits(w)));
          const every = briefs.filter((_, i) => query.every((w) => holds(i, w)));
          const some = briefs.filter((_, i) => query.some((w) => holds(i, w)));
          const expected = every.length > 0 || query.length < 2 ? every : some;
          const found = index.search(query.join(' '), 50);
          expect(found.total).toBe(expected.length);
          expect(found.groups.flatMap((g) => g.hits.map((h) => h.target.id)).sort()).toEqual(expected.map((b) => b.id).sort());
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('search index: keeping up with changes', () => {
  const edited = <T extends { updatedAt: string }>(record: T, change: Partial<T>, n = 1): T => ({
    ...record,
    ...change,
    updatedAt: `2026-04-0${n}T10:00:00.000Z`,
  });

  it('finds a changed record by its new words and not its old, and drops trashed or deleted ones', () => {
    const ada = makeClient('Ada');
    const b = makeBrief(ada, 'Gazebo booking');
    const other = makeBrief(ada, 'Marquee booking');
    const entry = makeEntry(ada, other, 'Ring the florist');
    const data = { clients: [ada], briefs: [b, other], paperTrail: [entry] };
    const index = createSearchIndex(() => data);
    expect(index.search('gazebo', 5).total).toBe(1);
    data.briefs = [edited(b, { title: 'Pergola booking' }), other];
    index.markStale();
    expect(index.search('gazebo', 5).total).toBe(0);
    expect(index.search('pergola', 5).groups[0]!.hits[0]!.title).toBe('Pergola booking');
    expect(index.size()).toBe(4);
    // Renaming a brief re-indexes the paper trail that borrows its title.
    data.briefs = [data.briefs[0]!, edited(other, { title: 'Tent booking' })];
    index.markStale();
    expect(index.search('florist', 5).groups[0]!.hits[0]!.title).toBe('Tent booking');
    expect(index.search('marquee', 5).total).toBe(0);
    data.briefs = [edited(data.briefs[0]!, { trashedAt: '2026-04-03T10:00:00.000Z' }, 3), data.briefs[1]!];
    data.paperTrail = [];
    index.markStale();
    expect(index.search('pergola', 5).total).toBe(0);
    expect(index.search('florist', 5).total).toBe(0);
    expect(index.size()).toBe(2);
  });

  it('rebuilds once many records were replaced, giving the same results as a fresh index, ties in the same order', () => {
    const ada = makeClient('Ada');
    const data = {
      clients: [ada],
      briefs: Array.from({ length: 40 }, (_, i) => makeBrief(ada, `Brief ${i} about ${i % 2 ? 'payroll' : 'travel'}`, { summary: 'Weekly check' })),
      paperTrail: [] as ReturnType<typeof makeEntry>[],
    };
    const index = createSearchIndex(() => data);
    const queries = ['payroll', 'travel', 'weekly', 'brief round', 'payroll zebra', 'trvel'];
    const replace = (count: number, round: number) => {
      data.briefs = data.briefs.map((b, i) =>
        i < count ? edited(b, { title: `Brief ${i} about ${round % 2 ? 'travel' : 'payroll'} round ${round}` }, round) : b,
      );
      index.markStale();
    };
    index.search('payroll', 5);
    // A few replaced records leave dead slots behind: the same records are found, though ties may come out in another order.
    replace(5, 1);
    for (const query of queries) expect(index.search(query, 8).total).toBe(createSearchIndex(() => data).search(query, 8).total);
    // Past a quarter of dead slots the index is rebuilt from the current data, so it matches a fresh one exactly.
    for (const [count, round] of [
      [40, 2],
      [20, 3],
    ] as const) {
      replace(count, round);
      const fresh = createSearchIndex(() => data);
      for (const query of queries) expect(index.search(query, 8)).toEqual(fresh.search(query, 8));
      expect(index.size()).toBe(41);
    }
  });
});

describe('finding one record again', () => {
  it('builds the same document as the sources do, with or without a right position, and nothing for a trashed record', () => {
    const ada = makeClient('Ada');
    const gone = makeClient('Gone', { trashed: true });
    const b = makeBrief(ada, 'Quarterly newsletter', { summary: 'Send to all subscribers' });
    const data = {
      clients: [ada, gone],
      briefs: [b, makeBrief(gone, 'Hidden')],
      paperTrail: [makeEntry(ada, b, 'Use the spring palette'), makeEntry(ada, null, 'Call me'), makeEntry(gone, null, 'Hidden too')],
      incidents: [makeIncident({ client: ada, brief: b, description: 'Wrong segment' })],
      builtInTemplates,
    };
    const built = searchSources(data).map((s) => s.build());
    expect(built.map((d) => d.kind)).toContain('template');
    for (const doc of built) {
      const [kind, ...rest] = doc.id.split(':') as [SearchKind, ...string[]];
      const recordId = rest.join(':');
      expect(findSearchDoc(data, kind, recordId)).toEqual(doc);
      expect(findSearchDoc(data, kind, recordId, () => 0)).toEqual(doc);
    }
    expect(findSearchDoc(data, 'client', gone.id)).toBeUndefined();
    expect(findSearchDoc(data, 'brief', data.briefs[1]!.id)).toBeUndefined();
    expect(findSearchDoc(data, 'paperTrail', 'no-such-entry')).toBeUndefined();
    const visited: string[] = [];
    visitSearchSources(data, (kind, recordId) => visited.push(`${kind}:${recordId}`));
    expect(visited).toEqual(built.map((d) => d.id));
  });

  it('normalises plain ASCII words quickly, exactly as the long way would', () => {
    const longWay = (term: string) =>
      term
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .toLocaleLowerCase('en-GB');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[\x20-\x7e]{0,12}$/)), (term) => {
        expect(normaliseTerm(term)).toBe(longWay(term));
      }),
    );
    expect(normaliseTerm('a^b`c')).toBe('abc');
  });
});
