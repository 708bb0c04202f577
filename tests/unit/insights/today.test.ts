// The Today selectors on generated data: empty, one record, and many.
import { describe, expect, it } from 'vitest';
import { selectToday, type TodayInput, windowClosesOn } from '../../../shared/domain/today';
import { addWorkingDays } from '../../../shared/domain/workingDays';
import { makeBrief, makeClient, makeIncident } from './records';

// Thursday 19 November 2026, England and Wales: no holidays nearby.
const TODAY = '2026-11-19';
const base = (over: Partial<TodayInput> = {}): TodayInput => ({
  today: TODAY,
  clients: [],
  briefs: [],
  incidents: [],
  checklistTemplate: [],
  holidayRegion: 'GB-ENG',
  defaultConformityDays: 3,
  ...over,
});

describe('selectToday', () => {
  it('welcomes a first-time VA when there is nothing at all', () => {
    const view = selectToday(base());
    expect(view.firstRun).toBe(true);
    expect(view.total).toBe(0);
    expect(view.windowsClosing).toEqual([]);
    expect(view.openIncidents).toEqual([]);
  });

  it('copes with models that have not grown their newer fields yet', () => {
    const noa = makeClient('Noa');
    const view = selectToday({ ...base({ clients: [noa] }), incidents: undefined, checklistTemplate: undefined });
    expect(view.firstRun).toBe(false);
    expect(view.total).toBe(0);
  });

  it('with one client and one delivered brief, shows the window closing in the next two working days', () => {
    const ada = makeClient('Ada', { conformityDays: 3 });
    // Delivered Mon 16 Nov; 3 working days later is Thu 19 Nov (today).
    const newsletter = makeBrief(ada, 'Newsletter', { status: 'delivered', deliveredOn: '2026-11-16' });
    const view = selectToday(base({ clients: [ada], briefs: [newsletter] }));
    expect(view.windowsClosing).toEqual([
      expect.objectContaining({ briefId: newsletter.id, title: 'Newsletter', clientName: 'Ada', closesOn: TODAY, workingDaysLeft: 0, conformityDays: 3 }),
    ]);
    expect(view.awaitingAcceptance).toEqual([]);
    expect(view.total).toBe(1);
  });

  it('uses the client’s own window and skips weekends and bank holidays', () => {
    const ada = makeClient('Ada', { conformityDays: 2 });
    // Delivered Wed 23 Dec 2026: +2 working days skips Christmas and Boxing Day (substitute Mon 28 Dec) → Tue 29 Dec.
    const b = makeBrief(ada, 'Year-end report', { status: 'delivered', deliveredOn: '2026-12-23' });
    expect(windowClosesOn('2026-12-23', 2, 'GB-ENG')).toBe('2026-12-29');
    const view = selectToday(base({ today: '2026-12-24', clients: [ada], briefs: [b] }));
    expect(view.windowsClosing[0]).toMatchObject({ closesOn: '2026-12-29', workingDaysLeft: 1 });
  });

  it('sorts deliveries into closing soon, awaiting acceptance, or neither', () => {
    const ada = makeClient('Ada', { conformityDays: 5 });
    const briefs = [
      makeBrief(ada, 'Closes today', { status: 'delivered', deliveredOn: addWorkingDays(TODAY, -5, 'GB-ENG') }),
      makeBrief(ada, 'Closes in two', { status: 'delivered', deliveredOn: addWorkingDays(TODAY, -3, 'GB-ENG') }),
      makeBrief(ada, 'Closes in three', { status: 'delivered', deliveredOn: addWorkingDays(TODAY, -2, 'GB-ENG') }),
      makeBrief(ada, 'Closed yesterday', { status: 'delivered', deliveredOn: addWorkingDays(TODAY, -6, 'GB-ENG') }),
      makeBrief(ada, 'Accepted', { status: 'accepted', deliveredOn: addWorkingDays(TODAY, -1, 'GB-ENG') }),
      makeBrief(ada, 'Trashed', { status: 'delivered', deliveredOn: TODAY, trashed: true }),
    ];
    const view = selectToday(base({ clients: [ada], briefs }));
    expect(view.windowsClosing.map((w) => [w.title, w.workingDaysLeft])).toEqual([
      ['Closes today', 0],
      ['Closes in two', 2],
    ]);
    expect(view.awaitingAcceptance.map((w) => w.title)).toEqual(['Closes in three', 'Closed yesterday']);
  });

  it('lists briefs being clarified and those started with an override, with what is still open', () => {
    const ada = makeClient('Ada');
    const gone = makeClient('Gone', { trashed: true });
    const briefs = [
      makeBrief(ada, 'Draft', { status: 'draft', deadline: '2026-12-01' }),
      makeBrief(ada, 'Clarifying', { status: 'clarifying', deadline: '2026-11-25' }),
      makeBrief(ada, 'Ready', { status: 'ready' }),
      makeBrief(ada, 'Started anyway', {
        status: 'in-progress',
        override: { reason: 'Client asked me to start today', at: '2026-11-18T09:00:00.000Z', openItems: ['Deadline'] },
      }),
      makeBrief(ada, 'Started properly', { status: 'in-progress' }),
      makeBrief(gone, 'Of a trashed client', { status: 'clarifying' }),
    ];
    const view = selectToday(base({ clients: [ada, gone], briefs }));
    expect(view.clarifying.map((b) => b.title)).toEqual(['Clarifying', 'Draft']);
    expect(view.startedWithOverride).toEqual([
      expect.objectContaining({ title: 'Started anyway', reason: 'Client asked me to start today', openItems: ['Deadline'] }),
    ]);
  });

  it('shows open incidents with their next step, fix steps waiting, and follow-ups once every step is done', () => {
    const ada = makeClient('Ada');
    const b = makeBrief(ada, 'Newsletter', { status: 'delivered', deliveredOn: '2026-11-10' });
    const waiting = makeIncident({
      client: ada,
      brief: b,
      description: 'Wrong list',
      screen: 'fix',
      fixTasks: [
        { label: 'Resend to the right list', done: false },
        { label: 'Apologise', done: true },
      ],
    });
    const allDone = makeIncident({ client: ada, description: 'Typo in the subject', screen: 'fix', fixTasks: [{ label: 'Fix the typo', done: true }] });
    const early = makeIncident({ client: null, description: '', screen: 'happened.what' });
    const closed = makeIncident({ client: ada, closedAt: '2026-11-18T10:00:00.000Z', fixTasks: [{ label: 'Old step', done: false }] });
    const trashed = makeIncident({ client: ada, trashed: true });
    const view = selectToday(base({ clients: [ada], briefs: [b], incidents: [waiting, allDone, early, closed, trashed] }));
    expect(view.openIncidents.map((i) => [i.description, i.nextStep, i.clientName, i.briefTitle])).toEqual([
      ['Wrong list', 'fix', 'Ada', 'Newsletter'],
      ['Typo in the subject', 'fix', 'Ada', ''],
      ['', 'happened', '', ''],
    ]);
    expect(view.fixSteps.map((s) => s.label)).toEqual(['Resend to the right list']);
    expect(view.followUps).toEqual([expect.objectContaining({ incidentId: allDone.id, fixStepsDone: 1 })]);
  });

  it('handles many records and counts them all', () => {
    const clients = Array.from({ length: 20 }, (_, i) => makeClient(`Client ${i}`, { conformityDays: i % 6 }));
    const briefs = clients.flatMap((c, i) =>
      Array.from({ length: 10 }, (_, j) =>
        makeBrief(c, `Brief ${i}-${j}`, {
          status: (['draft', 'clarifying', 'in-progress', 'delivered', 'accepted'] as const)[j % 5],
          deliveredOn: j % 5 >= 3 ? addWorkingDays(TODAY, -(j % 7), 'GB-ENG') : null,
        }),
      ),
    );
    const view = selectToday(base({ clients, briefs }));
    expect(view.clarifying).toHaveLength(80);
    const delivered = briefs.filter((b) => b.status === 'delivered').length;
    expect(view.windowsClosing.length + view.awaitingAcceptance.length).toBe(delivered);
    for (const w of view.windowsClosing) expect(w.workingDaysLeft).toBeLessThanOrEqual(2);
    expect(view.total).toBe(80 + delivered);
  });
});
