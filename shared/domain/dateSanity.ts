// Is a typed calendar day plausible? Pure, so forms (brief deadlines and deliveries, the paper trail) and the model
// share one rule: an impossible day gets a message saying what is wrong ("There is no 31 February"); a day in
// the future (where it should not be) or before `earliest` is probably a slip, so it needs the VA's confirmation
// with the day spelled out ("Thursday 10 December 2099").
import { formatDayLong } from './dateDisplay';

export type DateCheck = { kind: 'ok' } | { kind: 'needs-confirmation'; reason: 'future' | 'early'; message: string } | { kind: 'impossible'; message: string };

export interface DateCheckOptions {
  /** Today on the VA's calendar, `YYYY-MM-DD`; passed in so the rule stays pure. */
  today: string;
  /** A deadline may be in the future; a delivery or a received message may not (without confirmation). */
  allowFuture: boolean;
  /** Days before this (`YYYY-MM-DD`) need confirmation; default 1 January 2000. */
  earliest?: string;
}

/** Years outside this range cannot be meant: 0001 or 20266 are typing slips, not dates. */
export const PLAUSIBLE_YEARS = { min: 1900, max: 2200 } as const;
export const DEFAULT_EARLIEST = '2000-01-01';

const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Only whether the day can exist at all (format, month, day of month, a believable year); null when it can. */
export function impossibleDateMessage(value: string): string | null {
  const m = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (m === null) return 'Enter the date as a full day, for example 10 December 2026.';
  const [yearText, year, month, day] = [m[1]!, Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < PLAUSIBLE_YEARS.min || year > PLAUSIBLE_YEARS.max) return `That year looks wrong: ${yearText}.`;
  if (month < 1 || month > 12) return `There is no month ${month}. Check the date.`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last)
    return day < 1
      ? 'There is no day 0 in a month. Check the date.'
      : `There is no ${day} ${MONTHS_LONG[month - 1]}${month === 2 && day === 29 ? ` in ${year}` : ''}.`;
  return null;
}

export function checkDate(value: string, options: DateCheckOptions): DateCheck {
  const impossible = impossibleDateMessage(value);
  if (impossible !== null) return { kind: 'impossible', message: impossible };
  const day = value.trim();
  // ISO days compare correctly as text (same length, zero-padded).
  if (!options.allowFuture && day > options.today) {
    return { kind: 'needs-confirmation', reason: 'future', message: `${formatDayLong(day)} is in the future. Is that the right day?` };
  }
  const earliest = options.earliest ?? DEFAULT_EARLIEST;
  if (day < earliest) return { kind: 'needs-confirmation', reason: 'early', message: `${formatDayLong(day)} is a long time ago. Is that the right day?` };
  return { kind: 'ok' };
}
