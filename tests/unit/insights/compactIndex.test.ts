// The compact search index's parts: posting lists in a byte pool, the sorted term dictionary with prefix and fuzzy
// lookup, and the index itself checked against a brute-force reading of the same words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompactIndex, maxEdits } from '../../../electron/core/search/compactIndex';
import { PostingLists } from '../../../electron/core/search/postingLists';
import { TermDictionary } from '../../../electron/core/search/termDictionary';
import { versionHash } from '../../../electron/core/search/searchIndex';
import { levenshtein } from './levenshtein';

const postingsOf = (lists: PostingLists, list: number) => {
  const out: [number, number][] = [];
  lists.forEach(list, (slot, frequency) => out.push([slot, frequency]));
  return out;
};

describe('posting lists', () => {
  it('reads back interleaved lists across chained blocks, with large gaps and frequencies', () => {
    const lists = new PostingLists();
    const a = lists.create();
    const b = lists.create();
    const empty = lists.create();
    const wantA: [number, number][] = [];
    const wantB: [number, number][] = [];
    for (let i = 0; i < 3000; i++) {
      const slotA = i * 3;
      const frequencyA = i % 7 === 0 ? 1 + (i % 300) : 1;
      lists.append(a, slotA, frequencyA);
      wantA.push([slotA, frequencyA]);
      if (i % 10 === 0) {
        const slotB = i * 100_000; // gaps that need three or four varint bytes
        lists.append(b, slotB, 2);
        wantB.push([slotB, 2]);
      }
    }
    expect(postingsOf(lists, a)).toEqual(wantA);
    expect(postingsOf(lists, b)).toEqual(wantB);
    expect(postingsOf(lists, empty)).toEqual([]);
    expect(lists.size(a)).toBe(3000);
    // Appending after reading grows the pool without disturbing what is there.
    lists.append(b, 400_000_000, 1);
    expect(postingsOf(lists, b).at(-1)).toEqual([400_000_000, 1]);
    expect(postingsOf(lists, a)).toEqual(wantA);
  });

  it('spreads many interleaved lists over several 64 KB chunks and reads every one back', () => {
    const lists = new PostingLists();
    const ids = Array.from({ length: 300 }, () => lists.create());
    const want = ids.map(() => [] as [number, number][]);
    for (let i = 0; i < 2000; i++) {
      ids.forEach((list, n) => {
        const slot = i * 200 + n; // gaps of about 200: two varint bytes a posting
        const frequency = (i + n) % 11 === 0 ? 3 : 1;
        lists.append(list, slot, frequency);
        want[n]!.push([slot, frequency]);
      });
    }
    ids.forEach((list, n) => expect(postingsOf(lists, list)).toEqual(want[n]));
  });

  it('round-trips any increasing slots and frequencies', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 70_000 })), { maxLength: 400 }), (steps) => {
        const lists = new PostingLists();
        const list = lists.create();
        let slot = -1;
        const want = steps.map(([gap, frequency]) => {
          slot += gap;
          lists.append(list, slot, frequency);
          return [slot, frequency];
        });
        expect(postingsOf(lists, list)).toEqual(want);
      }),
    );
  });
});

describe('term dictionary', () => {
  const word = fc.stringMatching(/^[abcd]{1,7}$/);

  it('finds prefixes and near misses exactly as a brute-force scan would, however terms arrive', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { maxLength: 30 }), { minLength: 1, maxLength: 4 }),
        word,
        fc.integer({ min: 1, max: 3 }),
        (batches, query, edits) => {
          const terms = new TermDictionary();
          for (const batch of batches) {
            for (const t of batch) terms.idOf(t);
            terms.settle();
          }
          const all = [...new Set(batches.flat())].sort();
          const prefixed: string[] = [];
          terms.withPrefix(query, (t) => prefixed.push(t));
          expect(prefixed).toEqual(all.filter((t) => t.startsWith(query) && t !== query));
          const near: [string, number][] = [];
          terms.near(query, edits, (t, _id, distance) => near.push([t, distance]));
          const expected = all.map((t): [string, number] => [t, levenshtein(t, query)]).filter(([, d]) => d > 0 && d <= edits);
          expect(near).toEqual(expected);
          for (const t of all) expect(terms.find(t)).toBe(terms.idOf(t));
          expect(terms.size).toBe(all.length);
        },
      ),
    );
  });

  it('keeps ids stable as new terms are merged in', () => {
    const terms = new TermDictionary();
    const ids = ['pear', 'apple', 'fig'].map((t) => terms.idOf(t));
    terms.settle();
    terms.idOf('banana');
    terms.settle();
    expect(['pear', 'apple', 'fig'].map((t) => terms.find(t))).toEqual(ids);
    expect(terms.find('banana')).toBe(3);
    expect(terms.find('cherry')).toBe(-1);
  });
});

describe('compact index', () => {
  it('allows fuzzy matches only from four letters, one edit per five letters', () => {
    expect(['cat', 'plan', 'plans', 'invoice', 'newsletter', 'reconciliation'].map(maxEdits)).toEqual([0, 1, 1, 1, 2, 3]);
  });

  it('finds exactly the slots a brute-force reading finds, with every word matching by prefix or near miss', () => {
    const token = fc.stringMatching(/^[abc]{1,6}$/);
    const text = fc.array(token, { maxLength: 6 }).map((words) => words.join(' '));
    const record = fc.tuple(text, text, text);
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 25 }),
        fc.array(token, { minLength: 1, maxLength: 2 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (records, query, dead) => {
          const index = new CompactIndex([3, 1.5, 1]);
          records.forEach((fields) => index.add(fields));
          const gone = new Set(dead.map((n) => n % records.length));
          gone.forEach((slot) => index.remove(slot));
          const words = [...new Set(query)];
          const holds = (fields: string[], w: string) =>
            fields.some((f) => f.split(' ').some((t) => t !== '' && (t.startsWith(w) || (maxEdits(w) > 0 && levenshtein(t, w) <= maxEdits(w)))));
          const expected = records.flatMap((fields, slot) => (!gone.has(slot) && words.every((w) => holds(fields, w)) ? [slot] : []));
          const found = index.search(words, false);
          expect([...found.slots]).toEqual(expected);
          expect(found.scores.every((s) => s > 0)).toBe(true);
          expect(index.liveCount).toBe(records.length - gone.size);
        },
      ),
    );
  });

  it('weighs a title hit over a body hit, and exact over prefix over near miss', () => {
    const index = new CompactIndex([3, 1.5, 1]);
    const inTitle = index.add(['payroll run', '', 'monthly']);
    const inBody = index.add(['monthly run', '', 'payroll']);
    const found = index.search(['payroll'], false);
    const score = (slot: number) => found.scores[[...found.slots].indexOf(slot)]!;
    expect(score(inTitle)).toBeGreaterThan(score(inBody));

    const words = new CompactIndex([1]);
    const [exact, prefix, near] = ['plan', 'plans', 'clan'].map((w) => words.add([w]));
    const ranked = words.search(['plan'], false);
    expect([...ranked.slots]).toEqual([exact, prefix, near]);
    expect(ranked.scores[0]).toBeGreaterThan(ranked.scores[1]!);
    expect(ranked.scores[1]).toBeGreaterThan(ranked.scores[2]!);
    expect(ranked.terms).toEqual(['plan', 'plans', 'clan']);
  });

  it('falls back to any word only when asked, scoring slots that hold more words higher', () => {
    const index = new CompactIndex([1]);
    const both = index.add(['spring autumn']);
    const one = index.add(['spring']);
    expect(index.search(['spring', 'autumn', 'zebra'], false).slots).toHaveLength(0);
    const any = index.search(['spring', 'autumn', 'zebra'], true);
    expect([...any.slots]).toEqual([both, one]);
    expect(any.scores[0]).toBeGreaterThan(any.scores[1]!);
  });

  it('counts only live slots in document frequencies, so removing records scores as a fresh index would', () => {
    const texts = ['quarterly report', 'report draft', 'annual report', 'draft notes', 'quarterly notes'];
    const churned = new CompactIndex([1]);
    texts.forEach((t) => churned.add([t]));
    churned.remove(1);
    churned.remove(3);
    const fresh = new CompactIndex([1]);
    [texts[0]!, texts[2]!, texts[4]!].forEach((t) => fresh.add([t]));
    const a = churned.search(['report', 'quarterly'], true);
    const b = fresh.search(['report', 'quarterly'], true);
    expect([...a.scores]).toEqual([...b.scores]);
    expect(churned.deadCount).toBe(2);
  });
});

describe('version hash', () => {
  it('tells versions apart and fits a double exactly', () => {
    const versions = ['2026-03-02T10:00:00.000Z', '2026-03-02T10:00:00.001Z', '2026-03-02T10:00:00.000Z|2026-03-02T10:00:00.000Z', 'built-in', ''];
    const hashes = versions.map(versionHash);
    expect(new Set(hashes).size).toBe(versions.length);
    expect(hashes.every((h) => Number.isSafeInteger(h) && h >= 0 && h < 2 ** 52)).toBe(true);
    expect(versionHash(versions[0]!)).toBe(hashes[0]);
  });
});
