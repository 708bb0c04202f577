// Checks the day and time typed for a paper-trail entry (or the guard's "when did they ask?"): an
// impossible date gets a message saying what is wrong; a date in the future or before 2000 is
// probably a slip, so the VA is asked to confirm it with the day spelled out.
import { formatDayLong, formatTime, localIsoDay } from './dateDisplay';

export type EntryTimeCheck =
  | { kind: 'ok'; instant: Date }
  | { kind: 'confirm'; instant: Date; reason: 'future' | 'before-2000'; message: string }
  | { kind: 'invalid'; field: 'day' | 'time'; message: string };

/** Earlier than this is almost certainly a typo in the year. */
export const EARLIEST_LIKELY_YEAR = 2000;
/** A clock a little ahead of the computer's is not "the future". */
const FUTURE_GRACE_MS = 2 * 60_000;

const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `day` is "YYYY-MM-DD" and `time` "HH:MM" (as date and time fields give them), read in local time.
 * `now` is passed in so the rule stays pure.
 */
export function checkEntryTime(day: string, time: string, now: Date): EntryTimeCheck {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  if (d === null) return { kind: 'invalid', field: 'day', message: 'Enter the day as a full date, for example 10 December 2026.' };
  const [year, month, date] = [Number(d[1]), Number(d[2]), Number(d[3])];
  if (month < 1 || month > 12) return { kind: 'invalid', field: 'day', message: `There is no month ${month}. Check the date.` };
  if (date < 1 || date > daysInMonth(year, month)) {
    return { kind: 'invalid', field: 'day', message: `${MONTHS_LONG[month - 1]} ${year} has no day ${date}. Check the date.` };
  }
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (t === null) return { kind: 'invalid', field: 'time', message: 'Enter the time, for example 14:30.' };
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  if (hour > 23 || minute > 59) return { kind: 'invalid', field: 'time', message: `${time.trim()} is not a time of day. Check the hours and minutes.` };

  const instant = new Date(year, month - 1, date, hour, minute);
  // Years before 100 are read by Date as 19xx; set the year exactly.
  instant.setFullYear(year);
  if (Number.isNaN(instant.getTime())) return { kind: 'invalid', field: 'day', message: 'That date is out of range. Check the year.' };
  const spelled = formatDayLong(day);
  if (instant.getTime() > now.getTime() + FUTURE_GRACE_MS) {
    return { kind: 'confirm', instant, reason: 'future', message: `That is ${spelled} at ${formatTime(instant)}, which is still to come. Is that right?` };
  }
  if (year < EARLIEST_LIKELY_YEAR) {
    return { kind: 'confirm', instant, reason: 'before-2000', message: `That is ${spelled}, before the year ${EARLIEST_LIKELY_YEAR}. Is that right?` };
  }
  return { kind: 'ok', instant };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The local day and time of an instant as date and time fields want them: ["YYYY-MM-DD", "HH:MM"]. */
export function toDayAndTime(instant: Date | string): [string, string] {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return [localIsoDay(d), `${pad(d.getHours())}:${pad(d.getMinutes())}`];
}
