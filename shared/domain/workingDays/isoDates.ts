// Calendar dates as YYYY-MM-DD strings: reading, checking, day arithmetic and dates in words, free of timezones.

/** A calendar date written as `YYYY-MM-DD`, with no time and no timezone. */
export type IsoDate = string;

// Dates are held as whole days since 1970-01-01. Integer days cannot drift with
// timezones or daylight saving, which Date objects in local time can.
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MS_PER_DAY = 86_400_000;
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

// Howard Hinnant's days_from_civil: proleptic Gregorian, exact for every year.
function daysFromCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function civilToIso({ year, month, day }: CivilDate): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function parseCivil(text: string): CivilDate | undefined {
  const match = ISO_DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function describeValue(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

// A Date is read by its UTC fields, matching `parseIsoDate`, which returns UTC midnight.
export function toDayNumber(date: IsoDate | Date, label = 'date'): number {
  if (date instanceof Date) {
    const time = date.getTime();
    if (Number.isNaN(time)) throw new RangeError(`The ${label} is not a valid date.`);
    return Math.floor(time / MS_PER_DAY);
  }
  const civil = typeof date === 'string' ? parseCivil(date) : undefined;
  if (!civil) {
    throw new RangeError(`The ${label} ${describeValue(date)} is not a real calendar date in the form YYYY-MM-DD.`);
  }
  return daysFromCivil(civil);
}

export function dayNumberToIso(days: number): IsoDate {
  return civilToIso(civilFromDays(days));
}

/** True for a real calendar date written exactly as `YYYY-MM-DD` (so `2026-02-30` is false). */
export function isValidIsoDate(text: unknown): text is IsoDate {
  return typeof text === 'string' && parseCivil(text) !== undefined;
}

/**
 * Reads `YYYY-MM-DD` as a Date at 00:00 UTC, so its UTC fields give back the same calendar day.
 * @throws RangeError when the text is not a real date in that form.
 */
export function parseIsoDate(text: IsoDate): Date {
  return new Date(toDayNumber(text) * MS_PER_DAY);
}

/** Writes a Date as `YYYY-MM-DD` using its UTC fields (the inverse of `parseIsoDate`). */
export function formatIsoDate(date: Date): IsoDate {
  return dayNumberToIso(toDayNumber(date));
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 0 for Sunday to 6 for Saturday, as `Date.prototype.getUTCDay`. */
export function dayOfWeek(date: IsoDate | Date): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate | Date): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

/** Adds calendar days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  assertInteger(days, 'number of days');
  return dayNumberToIso(toDayNumber(date) + days);
}

/** Whole calendar days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to, 'second date') - toDayNumber(from, 'first date');
}

/** Negative, zero or positive, like a sort comparator. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(daysBetween(b, a));
}

/** "Thu 24 Dec" */
export function formatLongDate(date: IsoDate | Date): string {
  const days = toDayNumber(date);
  const { month, day } = civilFromDays(days);
  return `${WEEKDAY_NAMES[dayOfWeek(date)]} ${day} ${MONTH_NAMES[month - 1]}`;
}

/** "Thu 24 Dec 2026", for when the year is not obvious from context. */
export function formatLongDateWithYear(date: IsoDate | Date): string {
  return `${formatLongDate(date)} ${civilFromDays(toDayNumber(date)).year}`;
}

export function assertInteger(value: number, label: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new RangeError(`The ${label} must be a whole number, not ${describeValue(value)}.`);
  }
}
