// Calendar dates (YYYY-MM-DD) in words for the Today and Insights screens. Kept apart from
// shared/domain/workingDays.ts so the renderer does not bundle the holiday calendars.
import { formatDay, formatDayLong, formatMonth, localIsoDay } from '../../../../shared/domain/dateDisplay';

const at = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00`);

/** "Thu 19 Nov 2026", as the rest of Steadyhand writes dates. */
export function shortDate(iso: string): string {
  return formatDay(iso);
}

/** "Thursday 19 November 2026". */
export function longDate(iso: string): string {
  return formatDayLong(iso);
}

/** "Nov 2026" for a `YYYY-MM` month. */
export function monthLabel(month: string): string {
  return formatMonth(month);
}

export function addCalendarDays(iso: string, days: number): string {
  const d = at(iso);
  d.setDate(d.getDate() + days);
  return localIso(d);
}

/** Today on this computer's calendar, `YYYY-MM-DD`. */
export function localIso(date = new Date()): string {
  return localIsoDay(date);
}

/** How long ago a date was, in whole calendar days from `today`. */
export function daysAgo(iso: string, today: string): number {
  return Math.round((at(today).getTime() - at(iso).getTime()) / 86_400_000);
}
