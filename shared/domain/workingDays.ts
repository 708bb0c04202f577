// Calendar-date arithmetic for YYYY-MM-DD strings: working days, public holidays by region, and dates in words.
import { isHolidayDay, validateRegion } from './workingDays/holidays';
import { assertInteger, dayNumberToIso, type IsoDate, MS_PER_DAY, toDayNumber } from './workingDays/isoDates';

export {
  addDays,
  compareIsoDates,
  dayOfWeek,
  daysBetween,
  formatIsoDate,
  formatLongDate,
  formatLongDateWithYear,
  isLeapYear,
  isValidIsoDate,
  isWeekend,
  type IsoDate,
  parseIsoDate,
} from './workingDays/isoDates';
export { isPublicHoliday, type PublicHoliday, publicHolidays, publicHolidaysOn } from './workingDays/holidays';

function isWorkingDayNumber(days: number, region: string | undefined): boolean {
  const weekday = (((days + 4) % 7) + 7) % 7;
  if (weekday === 0 || weekday === 6) return false;
  return !isHolidayDay(days, region);
}

/**
 * Monday to Friday and not a public or bank holiday in `region`.
 * Without a region only weekends are skipped.
 */
export function isWorkingDay(date: IsoDate | Date, region?: string): boolean {
  const days = toDayNumber(date);
  validateRegion(region);
  return isWorkingDayNumber(days, region);
}

/**
 * The date `count` working days after `date`; the starting day itself never counts, so
 * Friday + 1 is Monday and Saturday + 1 is Monday. `count` 0 returns `date` unchanged,
 * even on a weekend. A negative count goes back the same way.
 */
export function addWorkingDays(date: IsoDate, count: number, region?: string): IsoDate;
export function addWorkingDays(date: Date, count: number, region?: string): Date;
export function addWorkingDays(date: IsoDate | Date, count: number, region?: string): IsoDate | Date {
  let days = toDayNumber(date);
  assertInteger(count, 'number of working days');
  validateRegion(region);
  const step = count < 0 ? -1 : 1;
  for (let remaining = Math.abs(count); remaining > 0;) {
    days += step;
    if (isWorkingDayNumber(days, region)) remaining -= 1;
  }
  return date instanceof Date ? new Date(days * MS_PER_DAY) : dayNumberToIso(days);
}

/**
 * Working days strictly after `from`, up to and including `to`. 0 when `to` is not after `from`.
 */
export function countWorkingDays(from: IsoDate | Date, to: IsoDate | Date, region?: string): number {
  const start = toDayNumber(from, 'start date');
  const end = toDayNumber(to, 'end date');
  validateRegion(region);
  let count = 0;
  for (let days = start + 1; days <= end; days += 1) {
    if (isWorkingDayNumber(days, region)) count += 1;
  }
  return count;
}
