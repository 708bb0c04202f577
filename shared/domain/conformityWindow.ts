// Whether a client's report of a problem came inside the contract's fix window, counted in working days.
import { addWorkingDays, countWorkingDays, daysBetween, formatLongDate, formatLongDateWithYear, isValidIsoDate, type IsoDate } from './workingDays';
import { plural } from './plural';

export interface ConformityWindowInput {
  /** The day the work was delivered, `YYYY-MM-DD`. It does not count towards the window. */
  deliveredOn: IsoDate;
  /** The day the client reported the problem, `YYYY-MM-DD`. */
  reportedOn: IsoDate;
  /** How many working days after delivery the window stays open; 0 means the delivery day only. */
  workingDays: number;
  /** A date-holidays region such as `GB-ENG` or `US-NY`; without one only weekends are skipped. */
  region?: string;
}

export interface ConformityWindow {
  /** The last day of the window; it closes at the end of this day. */
  closesOn: IsoDate;
  /** True when the report came on or before `closesOn` (a report before delivery counts as inside). */
  inside: boolean;
  /** Working days strictly after delivery, up to and including the report day. */
  workingDaysElapsed: number;
}

function assertDate(value: unknown, field: string): asserts value is IsoDate {
  if (!isValidIsoDate(value)) {
    const shown = typeof value === 'string' ? `"${value}"` : String(value);
    throw new RangeError(`${field} must be a real calendar date written as YYYY-MM-DD; got ${shown}.`);
  }
}

function assertWorkingDays(value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`workingDays must be a whole number of 0 or more; got ${String(value)}.`);
  }
}

/**
 * The window closes at the end of the N-th working day after delivery. Working days skip
 * Saturdays, Sundays and the region's public and bank holidays (substitute days included).
 * @throws RangeError for an invalid date, a negative or fractional `workingDays`, or an unknown region.
 */
export function conformityWindow(input: ConformityWindowInput): ConformityWindow {
  const { deliveredOn, reportedOn, workingDays, region } = input;
  assertDate(deliveredOn, 'deliveredOn');
  assertDate(reportedOn, 'reportedOn');
  assertWorkingDays(workingDays);

  const closesOn = addWorkingDays(deliveredOn, workingDays, region);
  // YYYY-MM-DD strings sort in calendar order.
  const inside = reportedOn <= closesOn;
  const workingDaysElapsed = countWorkingDays(deliveredOn, reportedOn, region);
  return { closesOn, inside, workingDaysElapsed };
}

// Dates more than about half a year apart read ambiguously without the year.
const SHOW_YEAR_AFTER_DAYS = 180;

/**
 * One plain paragraph for the incident screen, e.g.
 * "Delivered Thu 24 Dec; the window closed at the end of Thu 31 Dec; reported Mon 4 Jan.
 * That is outside the 3-working-day window (4 working days after delivery)."
 */
export function describeConformityWindow(input: ConformityWindowInput): string {
  const { closesOn, inside, workingDaysElapsed } = conformityWindow(input);
  const { deliveredOn, reportedOn, workingDays } = input;

  const dates = [deliveredOn, closesOn, reportedOn].sort();
  const first = dates[0] ?? deliveredOn;
  const last = dates[dates.length - 1] ?? reportedOn;
  const format = daysBetween(first, last) > SHOW_YEAR_AFTER_DAYS ? formatLongDateWithYear : formatLongDate;

  const verb = inside ? 'closes' : 'closed';
  const timeline = `Delivered ${format(deliveredOn)}; the window ${verb} at the end of ${format(closesOn)}; reported ${format(reportedOn)}.`;

  const windowName = workingDays === 0 ? 'the same-day window' : `the ${workingDays}-working-day window`;
  let detail: string;
  if (reportedOn < deliveredOn) detail = 'reported before delivery';
  else if (reportedOn === deliveredOn) detail = 'reported on the delivery day';
  else if (workingDaysElapsed === 0) detail = 'no working days after delivery';
  else detail = `${plural(workingDaysElapsed, 'working day', 'working days')} after delivery`;

  return `${timeline} That is ${inside ? 'inside' : 'outside'} ${windowName} (${detail}).`;
}
