// Which desktop reminder, if any, to show now: one calm summary per check, never a storm.
// A reminder is shown only when something is due that has not been mentioned yet, outside quiet
// hours, and not sooner than MIN_GAP_MINUTES after the last one. The shell keeps what was mentioned.
import type { ReminderSettings } from '../model/settings';
import type { TodayView } from './today';
import { formatLongDate } from './workingDays';

export const MIN_GAP_MINUTES = 60;
/** How many items the summary names before it says "and N more". */
const NAMED_ITEMS = 3;

export interface ReminderItem {
  /** Stable while the thing stays due, so the same thing is mentioned once (fix steps once a day). */
  key: string;
  line: string;
}

export interface ReminderNotification {
  title: string;
  body: string;
  /** Every item the summary covers: the shell remembers them as mentioned. */
  keys: string[];
}

export type ReminderDecision =
  { kind: 'show'; notification: ReminderNotification } | { kind: 'none'; reason: 'disabled' | 'quiet-hours' | 'nothing-due' | 'nothing-new' | 'too-soon' };

const quote = (text: string) => `“${text.trim() || 'Untitled'}”`;

/** Windows closing today or on the next working day, and fix steps waiting on open incidents. */
export function reminderItems(view: TodayView): ReminderItem[] {
  const windows = view.windowsClosing
    .filter((w) => w.workingDaysLeft <= 1)
    .map((w) => ({
      key: `window:${w.briefId}:${w.closesOn}`,
      line:
        w.workingDaysLeft === 0
          ? `The fix window for ${quote(w.title)} closes today.`
          : `The fix window for ${quote(w.title)} closes at the end of ${formatLongDate(w.closesOn)}.`,
    }));
  const steps = view.fixSteps.map((s) => ({ key: `fix:${s.taskId}:${view.today}`, line: `Fix step waiting: ${quote(s.label)}.` }));
  return [...windows, ...steps];
}

function minutesOf(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** True inside quiet hours; a range may cross midnight (19:00–08:00), and equal ends mean none. */
export function inQuietHours(settings: Pick<ReminderSettings, 'quietHoursStart' | 'quietHoursEnd'>, minutesNow: number): boolean {
  const start = minutesOf(settings.quietHoursStart);
  const end = minutesOf(settings.quietHoursEnd);
  if (start === end) return false;
  return start < end ? minutesNow >= start && minutesNow < end : minutesNow >= start || minutesNow < end;
}

export interface PlanInput {
  settings: ReminderSettings;
  /** Minutes since local midnight. */
  minutesNow: number;
  nowMs: number;
  items: readonly ReminderItem[];
  alreadyMentioned: ReadonlySet<string>;
  lastShownMs: number | null;
}

export function planReminder(input: PlanInput): ReminderDecision {
  if (!input.settings.enabled) return { kind: 'none', reason: 'disabled' };
  if (input.items.length === 0) return { kind: 'none', reason: 'nothing-due' };
  if (input.items.every((i) => input.alreadyMentioned.has(i.key))) return { kind: 'none', reason: 'nothing-new' };
  if (inQuietHours(input.settings, input.minutesNow)) return { kind: 'none', reason: 'quiet-hours' };
  if (input.lastShownMs !== null && input.nowMs - input.lastShownMs < MIN_GAP_MINUTES * 60_000) return { kind: 'none', reason: 'too-soon' };
  // New items first, then the rest, so the summary leads with what the VA has not seen.
  const fresh = input.items.filter((i) => !input.alreadyMentioned.has(i.key));
  const seen = input.items.filter((i) => input.alreadyMentioned.has(i.key));
  const ordered = [...fresh, ...seen];
  const named = ordered.slice(0, NAMED_ITEMS).map((i) => i.line);
  const more = ordered.length - named.length;
  const body = [...named, ...(more > 0 ? [`And ${more} more on your Today screen.`] : [])].join('\n');
  const count = ordered.length;
  return {
    kind: 'show',
    notification: {
      title: count === 1 ? 'One thing needs you today' : `${count} things need you today`,
      body,
      keys: ordered.map((i) => i.key),
    },
  };
}
