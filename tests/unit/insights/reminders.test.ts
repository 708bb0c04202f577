// Reminder planning: on/off, quiet hours, one summary per check, nothing mentioned twice.
import { describe, expect, it } from 'vitest';
import { inQuietHours, MIN_GAP_MINUTES, planReminder, type PlanInput, reminderItems } from '../../../shared/domain/reminders';
import { selectToday } from '../../../shared/domain/today';
import { defaultReminderSettings } from '../../../shared/model/settings';
import { makeBrief, makeClient, makeIncident } from './records';

const at = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
const NOW = Date.parse('2026-11-19T10:00:00Z');
const plan = (over: Partial<PlanInput>) =>
  planReminder({
    settings: defaultReminderSettings(),
    minutesNow: at('10:00'),
    nowMs: NOW,
    items: [],
    alreadyMentioned: new Set(),
    lastShownMs: null,
    ...over,
  });

function view() {
  const ada = makeClient('Ada', { conformityDays: 3 });
  const briefs = [
    makeBrief(ada, 'Closes today', { status: 'delivered', deliveredOn: '2026-11-16' }),
    makeBrief(ada, 'Closes tomorrow', { status: 'delivered', deliveredOn: '2026-11-17' }),
    makeBrief(ada, 'Closes in two', { status: 'delivered', deliveredOn: '2026-11-18' }),
  ];
  const incident = makeIncident({
    client: ada,
    screen: 'fix',
    fixTasks: [
      { label: 'Resend the invoice', done: false },
      { label: 'Done already', done: true },
    ],
  });
  return selectToday({
    today: '2026-11-19',
    clients: [ada],
    briefs,
    incidents: [incident],
    checklistTemplate: [],
    holidayRegion: 'GB-ENG',
    defaultConformityDays: 3,
  });
}

describe('reminderItems', () => {
  it('is empty for an empty day', () => {
    expect(reminderItems(selectToday({ today: '2026-11-19', clients: [], briefs: [], holidayRegion: 'GB-ENG', defaultConformityDays: 3 }))).toEqual([]);
  });

  it('covers windows closing today or the next working day, and each waiting fix step', () => {
    const items = reminderItems(view());
    expect(items.map((i) => i.line)).toEqual([
      'The fix window for “Closes today” closes today.',
      'The fix window for “Closes tomorrow” closes at the end of Fri 20 Nov.',
      'Fix step waiting: “Resend the invoice”.',
    ]);
    expect(new Set(items.map((i) => i.key)).size).toBe(3);
  });
});

describe('planReminder', () => {
  const items = [
    { key: 'a', line: 'A is due.' },
    { key: 'b', line: 'B is due.' },
  ];

  it('shows one summary of everything due', () => {
    const decision = plan({ items });
    expect(decision).toEqual({ kind: 'show', notification: { title: '2 things need you today', body: 'A is due.\nB is due.', keys: ['a', 'b'] } });
  });

  it('stays quiet when switched off, in quiet hours, with nothing due or nothing new', () => {
    expect(plan({ items, settings: { ...defaultReminderSettings(), enabled: false } })).toEqual({ kind: 'none', reason: 'disabled' });
    expect(plan({ items, minutesNow: at('22:30') })).toEqual({ kind: 'none', reason: 'quiet-hours' });
    expect(plan({ items: [] })).toEqual({ kind: 'none', reason: 'nothing-due' });
    expect(plan({ items, alreadyMentioned: new Set(['a', 'b']) })).toEqual({ kind: 'none', reason: 'nothing-new' });
  });

  it('never shows two within the minimum gap, then leads with what is new', () => {
    const mentioned = new Set(['a']);
    expect(plan({ items, alreadyMentioned: mentioned, lastShownMs: NOW - 5 * 60_000 })).toEqual({ kind: 'none', reason: 'too-soon' });
    const later = plan({ items, alreadyMentioned: mentioned, lastShownMs: NOW - MIN_GAP_MINUTES * 60_000 });
    expect(later.kind === 'show' && later.notification.body).toBe('B is due.\nA is due.');
  });

  it('names three and counts the rest', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ key: `k${i}`, line: `Item ${i}.` }));
    const decision = plan({ items: many });
    expect(decision.kind === 'show' && decision.notification).toEqual({
      title: '7 things need you today',
      body: 'Item 0.\nItem 1.\nItem 2.\nAnd 4 more on your Today screen.',
      keys: many.map((i) => i.key),
    });
    const one = plan({ items: [many[0]!] });
    expect(one.kind === 'show' && one.notification.title).toBe('One thing needs you today');
  });
});

describe('inQuietHours', () => {
  it('handles ranges across midnight, within a day, and none', () => {
    const overnight = { quietHoursStart: '19:00', quietHoursEnd: '08:00' };
    expect(inQuietHours(overnight, at('19:00'))).toBe(true);
    expect(inQuietHours(overnight, at('02:00'))).toBe(true);
    expect(inQuietHours(overnight, at('08:00'))).toBe(false);
    expect(inQuietHours(overnight, at('12:00'))).toBe(false);
    const lunch = { quietHoursStart: '12:00', quietHoursEnd: '13:30' };
    expect(inQuietHours(lunch, at('12:45'))).toBe(true);
    expect(inQuietHours(lunch, at('13:30'))).toBe(false);
    expect(inQuietHours({ quietHoursStart: '09:00', quietHoursEnd: '09:00' }, at('09:00'))).toBe(false);
  });
});
