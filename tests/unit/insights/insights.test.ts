// Insight aggregations on generated data: empty, one record, many, and the date range.
import { describe, expect, it } from 'vitest';
import { computeInsights, type InsightsInput, median, monthsBetween, MAX_MONTHS } from '../../../shared/domain/insights';
import { lessonCategory } from '../../../shared/domain/lessonCategories';
import type { IncidentCause } from '../../../shared/model/incident';
import { makeBrief, makeClient, makeIncident } from './records';

const TODAY = '2026-11-19';
const input = (over: Partial<InsightsInput> = {}): InsightsInput => ({
  today: TODAY,
  range: { from: null, to: null },
  clients: [],
  briefs: [],
  incidents: [],
  ...over,
});

describe('computeInsights', () => {
  it('returns calm zeros for no data', () => {
    const result = computeInsights(input({ range: { from: '2026-09-01', to: '2026-11-30' } }));
    expect(result).toMatchObject({
      incidentCount: 0,
      openCount: 0,
      closedCount: 0,
      perClient: [],
      briefsStarted: 0,
      medianDaysToResolve: null,
      resolvedCount: 0,
      lessons: [],
      causesPresent: [],
    });
    expect(result.perMonth.map((m) => [m.month, m.total])).toEqual([
      ['2026-09', 0],
      ['2026-10', 0],
      ['2026-11', 0],
    ]);
    expect(result.checklist).toEqual([
      { group: 'complete', briefsStarted: 0, share: 0, incidents: 0 },
      { group: 'override', briefsStarted: 0, share: 0, incidents: 0 },
    ]);
  });

  it('works with a single closed incident', () => {
    const ada = makeClient('Ada');
    const one = makeIncident({
      client: ada,
      reportedOn: '2026-11-02',
      closedAt: '2026-11-05T16:00:00.000Z',
      cause: 'rushed',
      lesson: 'Slow down and read it twice before sending.',
    });
    const result = computeInsights(input({ clients: [ada], incidents: [one] }));
    expect(result.incidentCount).toBe(1);
    expect(result.perMonth).toEqual([expect.objectContaining({ month: '2026-11', total: 1 })]);
    expect(result.perMonth[0]!.byCause.rushed).toBe(1);
    expect(result.causesPresent).toEqual(['rushed']);
    expect(result.perClient).toEqual([{ clientId: ada.id, clientName: 'Ada', incidents: 1 }]);
    expect(result.medianDaysToResolve).toBe(3);
    expect(result.lessons).toEqual([{ category: 'time-and-pace', count: 1 }]);
  });

  it('counts per month by cause, per client, and the median across many incidents', () => {
    const ada = makeClient('Ada');
    const ben = makeClient('Ben');
    const causes: IncidentCause[] = ['rushed', 'brief-unclear', 'assumption', 'rushed'];
    const incidents = [
      ...causes.map((cause, i) =>
        makeIncident({ client: ada, reportedOn: `2026-09-0${i + 1}`, closedAt: `2026-09-${String(i * 2 + 2).padStart(2, '0')}T12:00:00.000Z`, cause }),
      ),
      makeIncident({ client: ben, reportedOn: '2026-10-10' }),
      makeIncident({ client: ben, reportedOn: '2026-10-12', closedAt: '2026-10-22T12:00:00.000Z', cause: null }),
      makeIncident({ client: null, createdAt: '2026-11-03T09:00:00.000Z' }),
      makeIncident({ client: ada, reportedOn: '2026-10-01', trashed: true }),
    ];
    const result = computeInsights(input({ clients: [ada, ben], incidents }));
    expect(result.incidentCount).toBe(7);
    expect(result.openCount).toBe(2);
    expect(result.closedCount).toBe(5);
    expect(result.perMonth.map((m) => [m.month, m.total, m.byCause.rushed, m.byCause['not-recorded']])).toEqual([
      ['2026-09', 4, 2, 0],
      ['2026-10', 2, 0, 2],
      ['2026-11', 1, 0, 1],
    ]);
    expect(result.causesPresent).toEqual(['rushed', 'brief-unclear', 'assumption', 'not-recorded']);
    expect(result.perClient.map((c) => [c.clientName, c.incidents])).toEqual([
      ['Ada', 4],
      ['Ben', 2],
      ['', 1],
    ]);
    // Durations: 1, 2, 3, 4 (Sept) and 10 (Oct) → median 3.
    expect(result.medianDaysToResolve).toBe(3);
    expect(result.resolvedCount).toBe(5);
  });

  it('keeps to the date range', () => {
    const ada = makeClient('Ada');
    const incidents = ['2026-01-15', '2026-06-15', '2026-11-01'].map((reportedOn) => makeIncident({ client: ada, reportedOn }));
    const result = computeInsights(input({ clients: [ada], incidents, range: { from: '2026-06-01', to: '2026-06-30' } }));
    expect(result.incidentCount).toBe(1);
    expect(result.perMonth.map((m) => m.month)).toEqual(['2026-06']);
  });

  it('compares briefs started after a complete checklist with those started with an override', () => {
    const ada = makeClient('Ada');
    const clean = [1, 2, 3].map((n) => makeBrief(ada, `Clean ${n}`, { status: 'in-progress', startedAt: `2026-10-0${n}T09:00:00.000Z` }));
    const rushed = makeBrief(ada, 'Rushed', {
      status: 'delivered',
      startedAt: '2026-10-05T09:00:00.000Z',
      override: { reason: 'Client needed it today', at: '2026-10-05T09:00:00.000Z' },
    });
    const notStarted = makeBrief(ada, 'Draft', { status: 'draft' });
    const outside = makeBrief(ada, 'Last year', { status: 'accepted', startedAt: '2025-10-01T09:00:00.000Z' });
    const incidents = [
      makeIncident({ client: ada, brief: rushed }),
      makeIncident({ client: ada, brief: rushed }),
      makeIncident({ client: ada, brief: clean[0]! }),
    ];
    const result = computeInsights(
      input({ clients: [ada], briefs: [...clean, rushed, notStarted, outside], incidents, range: { from: '2026-01-01', to: '2026-12-31' } }),
    );
    expect(result.briefsStarted).toBe(4);
    expect(result.checklist).toEqual([
      { group: 'complete', briefsStarted: 3, share: 0.75, incidents: 1 },
      { group: 'override', briefsStarted: 1, share: 0.25, incidents: 2 },
    ]);
  });

  it('ranks lesson categories by how often they come up', () => {
    const lessons = ['Confirm the list in writing first', 'Get written sign-off', 'Ask which list before sending', 'Back up the sheet before a bulk edit', ''];
    const incidents = lessons.map((lesson, i) => makeIncident({ reportedOn: '2026-11-01', closedAt: `2026-11-0${i + 2}T10:00:00.000Z`, lesson }));
    const result = computeInsights(input({ incidents }));
    expect(result.lessons).toEqual([
      { category: 'confirm-in-writing', count: 2 },
      { category: 'ask-first', count: 1 },
      { category: 'backups-and-undo', count: 1 },
    ]);
  });
});

describe('helpers', () => {
  it('finds the median of odd, even and empty lists', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([4, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });

  it('lists months across a year end and caps long spans', () => {
    expect(monthsBetween('2025-11-20', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    const long = monthsBetween('2010-01-01', '2026-11-19');
    expect(long).toHaveLength(MAX_MONTHS);
    expect(long.at(-1)).toBe('2026-11');
  });

  it('sorts lessons into plain categories', () => {
    expect(lessonCategory('Check with the client which list to use')).toBe('ask-first');
    expect(lessonCategory('Double-check the recipients before I press send')).toBe('double-check');
    expect(lessonCategory('Leave a buffer before deadlines')).toBe('time-and-pace');
    expect(lessonCategory('Turn off the auto-forward filter')).toBe('tools-and-setup');
    expect(lessonCategory('Tell them sooner when something slips')).toBe('communication');
    expect(lessonCategory('Re-read the brief against the deliverable')).toBe('double-check');
    expect(lessonCategory('Be kinder to myself')).toBe('other');
    expect(lessonCategory('   ')).toBe('other');
  });
});

describe('new requests and work done as asked', () => {
  it('are counted apart from mistakes, and left out of what the mistakes have in common', () => {
    const ada = makeClient('Ada');
    const withVerdict = (
      verdict: 'my-error' | 'beyond-spec' | 'as-instructed' | 'unclear-brief',
      cause: 'rushed' | 'new-request' | 'client-instruction' | 'brief-unclear',
    ) => {
      const i = makeIncident({ client: ada, reportedOn: '2026-10-10', closedAt: '2026-10-12T12:00:00.000Z', cause });
      i.answers.paperTrail.verdict = verdict;
      return i;
    };
    const result = computeInsights(
      input({
        clients: [ada],
        incidents: [
          withVerdict('my-error', 'rushed'),
          withVerdict('unclear-brief', 'brief-unclear'),
          withVerdict('beyond-spec', 'new-request'),
          withVerdict('as-instructed', 'client-instruction'),
        ],
      }),
    );
    expect(result.incidentCount).toBe(2);
    expect(result.notMistakeCount).toBe(2);
    expect(result.causesPresent).toEqual(['rushed', 'brief-unclear']);
    expect(result.perClient).toEqual([{ clientId: ada.id, clientName: 'Ada', incidents: 2 }]);
  });
});
