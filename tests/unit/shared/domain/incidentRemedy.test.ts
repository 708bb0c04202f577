// The remedy step's assessment, time totals, the paper trail around the time, and breathing schedules.
import { describe, expect, it } from 'vitest';
import { BREATHING_PATTERNS, breathAt, breathingSchedule } from '../../../../shared/domain/breathing';
import { AROUND_DAYS, entriesAroundTime, LATEST_WITHOUT_DATE } from '../../../../shared/domain/incidentPaperTrail';
import { assessRemedy, NOT_DELIVERED_TEXT, type RemedyAssessmentInput } from '../../../../shared/domain/incidentRemedy';
import { formatMinutes, parseMinutes, timeTotals } from '../../../../shared/domain/incidentTime';

const base: RemedyAssessmentInput = {
  verdict: 'my-error',
  deliveredOn: '2026-11-19',
  reportedOn: '2026-11-23',
  conformityDays: 3,
  region: 'GB-ENG',
  offer: null,
};

describe('assessRemedy', () => {
  it('the label story: delivered Thu 19 Nov, reported Mon 23 Nov, 3 working days → a free fix', () => {
    const a = assessRemedy(base);
    expect(a.window).toEqual({ closesOn: '2026-11-24', inside: true, workingDaysElapsed: 2 });
    expect(a.decision.remedy).toBe('free-fix');
    expect(a.windowText).toBe(
      'Delivered Thu 19 Nov; the window closes at the end of Tue 24 Nov; reported Mon 23 Nov. That is inside the 3-working-day window (2 working days after delivery).',
    );
    expect(a.billable).toBe(false);
  });

  it('over Christmas in England: the window closes Thu 31 Dec, so a report on Mon 4 Jan is a goodwill fix', () => {
    const a = assessRemedy({ ...base, deliveredOn: '2026-12-24', reportedOn: '2027-01-04' });
    expect(a.window?.closesOn).toBe('2026-12-31');
    expect(a.window?.inside).toBe(false);
    expect(a.decision.remedy).toBe('goodwill-fix');
    expect(a.windowText).toMatch(/^Delivered Thu 24 Dec; the window closed at the end of Thu 31 Dec; reported Mon 4 Jan\./);
  });

  it('counts weekends only when no holiday region is set', () => {
    const a = assessRemedy({ ...base, deliveredOn: '2026-12-24', reportedOn: '2027-01-04', region: '' });
    expect(a.window?.closesOn).toBe('2026-12-29');
  });

  it('uses the client’s own number of working days', () => {
    expect(assessRemedy({ ...base, conformityDays: 1 }).decision.remedy).toBe('goodwill-fix');
    expect(assessRemedy({ ...base, conformityDays: 10 }).window?.closesOn).toBe('2026-12-03');
  });

  it('treats work not yet delivered as inside, and says why', () => {
    const a = assessRemedy({ ...base, deliveredOn: null });
    expect(a.window).toBeNull();
    expect(a.windowText).toBe(NOT_DELIVERED_TEXT);
    expect(a.decision.remedy).toBe('free-fix');
  });

  it('a request beyond what was agreed is a billable change, inside or outside the window', () => {
    expect(assessRemedy({ ...base, verdict: 'beyond-spec' })).toMatchObject({ decision: { remedy: 'billable-change' }, billable: true });
    expect(assessRemedy({ ...base, verdict: 'beyond-spec', reportedOn: '2027-03-01' })).toMatchObject({
      decision: { remedy: 'billable-change' },
      billable: true,
    });
  });

  it.each([
    ['billable', true],
    ['goodwill', false],
    [null, false],
  ] as const)('done as instructed, offered as %s → billable %s', (offer, billable) => {
    const a = assessRemedy({ ...base, verdict: 'as-instructed', offer });
    expect(a.decision.remedy).toBe('no-fault');
    expect(a.billable).toBe(billable);
  });

  it('an unclear brief is fixed free inside the window', () => {
    expect(assessRemedy({ ...base, verdict: 'unclear-brief' }).decision.remedy).toBe('free-fix');
  });

  it('passes a bad date on as a RangeError', () => {
    expect(() => assessRemedy({ ...base, reportedOn: '2026-02-30' })).toThrow(RangeError);
  });
});

describe('timeTotals', () => {
  const entries = [
    { minutes: 30, removedAt: null },
    { minutes: 45, removedAt: null },
    { minutes: 600, removedAt: '2026-11-23T10:00:00Z' },
  ];
  it('counts fix time as not billable by default, leaving out struck-out entries', () => {
    expect(timeTotals(entries, false)).toEqual({ totalMinutes: 75, billableMinutes: 0, nonBillableMinutes: 75, entryCount: 2 });
  });
  it('counts it as billable for a billable change', () => {
    expect(timeTotals(entries, true)).toEqual({ totalMinutes: 75, billableMinutes: 75, nonBillableMinutes: 0, entryCount: 2 });
  });
  it('is zero with no entries', () => {
    expect(timeTotals([], false)).toEqual({ totalMinutes: 0, billableMinutes: 0, nonBillableMinutes: 0, entryCount: 0 });
  });
});

describe('formatMinutes and parseMinutes', () => {
  it.each([
    [0, '0 min'],
    [5, '5 min'],
    [59, '59 min'],
    [60, '1 h'],
    [75, '1 h 15 min'],
    [125, '2 h 5 min'],
    [-3, '0 min'],
  ])('%i → %s', (m, text) => expect(formatMinutes(m)).toBe(text));

  it.each([
    ['45', 45],
    ['45m', 45],
    ['45 min', 45],
    ['90 minutes', 90],
    ['1h', 60],
    ['1 h 15', 75],
    ['1h15m', 75],
    ['2 hours', 120],
    ['1:30', 90],
    ['1.5h', 90],
    ['1,5 h', 90],
    [' 20 ', 20],
    ['', null],
    ['0', null],
    ['soon', null],
    ['-5', null],
    ['1:75', null],
  ])('reads “%s” as %s', (text, minutes) => expect(parseMinutes(text)).toBe(minutes));
});

describe('entriesAroundTime', () => {
  const e = (id: string, receivedAt: string, briefId: string | null = null) => ({ id, briefId, receivedAt, createdAt: receivedAt });
  const entries = [
    e('old-other', '2026-08-01T09:00:00Z'),
    e('brief-early', '2026-07-01T09:00:00Z', 'b1'),
    e('near-other', '2026-11-10T09:00:00Z'),
    e('instruction', '2026-11-16T09:00:00Z', 'b1'),
    e('after', '2026-11-25T09:00:00Z', 'b2'),
    e('far-after', '2027-02-01T09:00:00Z'),
  ];

  it('shows the brief’s entries, and the client’s others from around the time, oldest first', () => {
    const r = entriesAroundTime(entries, { briefId: 'b1', happenedOn: '2026-11-20' });
    expect(r.entries.map((x) => x.id)).toEqual(['brief-early', 'near-other', 'instruction', 'after']);
    expect(r.nearestId).toBe('instruction');
  });

  it(`uses ${AROUND_DAYS} days either side by default, or the number given`, () => {
    expect(entriesAroundTime(entries, { briefId: null, happenedOn: '2026-11-20', days: 5 }).entries.map((x) => x.id)).toEqual(['instruction', 'after']);
  });

  it(`without a date, shows the brief’s entries and the latest ${LATEST_WITHOUT_DATE} others`, () => {
    const many = Array.from({ length: 15 }, (_, i) => e(`m${i}`, `2026-10-${String(i + 1).padStart(2, '0')}T09:00:00Z`));
    const r = entriesAroundTime([...many, e('b', '2026-01-01T00:00:00Z', 'b1')], { briefId: 'b1', happenedOn: null });
    expect(r.entries).toHaveLength(11);
    expect(r.entries[0]!.id).toBe('b');
    expect(r.nearestId).toBe('m14');
  });

  it('has no nearest entry when nothing came before', () => {
    expect(entriesAroundTime([e('later', '2026-12-01T09:00:00Z')], { briefId: null, happenedOn: '2026-11-20' }).nearestId).toBeNull();
  });
});

describe('breathing', () => {
  it('cyclic sighing: 2 s in, 1 s more, 6 s out; seven cycles make about a minute', () => {
    expect(breathingSchedule('cyclic-sighing')).toMatchObject({ cycleSeconds: 9, cycles: 7, totalSeconds: 63 });
  });
  it('box breathing: 4-4-4-4; four cycles make about a minute', () => {
    expect(BREATHING_PATTERNS.box.map((p) => p.seconds)).toEqual([4, 4, 4, 4]);
    expect(breathingSchedule('box')).toMatchObject({ cycleSeconds: 16, cycles: 4, totalSeconds: 64 });
  });
  it('never has fewer than one cycle', () => {
    expect(breathingSchedule('box', 3).cycles).toBe(1);
  });
  it.each([
    [0, 1, 'in', 1],
    [1, 1, 'in', 2],
    [2, 1, 'in-top', 1],
    [3, 1, 'out', 1],
    [8, 1, 'out', 6],
    [9, 2, 'in', 1],
    [62, 7, 'out', 6],
  ] as const)('cyclic sighing at %i s: cycle %i, %s, count %i', (t, cycle, kind, count) => {
    const m = breathAt(breathingSchedule('cyclic-sighing'), t);
    expect(m).toMatchObject({ done: false, cycle, phase: { kind }, count });
  });
  it('is done after the last second, and before the first counts as the start', () => {
    const s = breathingSchedule('box');
    expect(breathAt(s, 64)).toMatchObject({ done: true, secondsLeft: 0 });
    expect(breathAt(s, -5)).toMatchObject({ done: false, cycle: 1, phase: { kind: 'in' }, count: 1, secondsLeft: 64 });
    expect(breathAt(s, 5)).toMatchObject({ phase: { kind: 'hold' }, phaseIndex: 1, count: 2 });
  });
});
