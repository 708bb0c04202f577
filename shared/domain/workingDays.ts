// Calendar-date arithmetic for YYYY-MM-DD strings: working days, public holidays by region, and dates in words.
import Holidays from 'date-holidays';

/** A calendar date written as `YYYY-MM-DD`, with no time and no timezone. */
export type IsoDate = string;

/** A day off in a region, as the working-day rules see it. */
export interface PublicHoliday {
  /** The calendar date, `YYYY-MM-DD`. */
  readonly date: IsoDate;
  /** The holiday's name in English, e.g. "Boxing Day (substitute day)". */
  readonly name: string;
  readonly type: 'public' | 'bank';
  /** True when this is the weekday given in place of a holiday that fell on a weekend. */
  readonly substitute: boolean;
}

// Dates are held as whole days since 1970-01-01. Integer days cannot drift with
// timezones or daylight saving, which Date objects in local time can.
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
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
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
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

function pad(value: number, width: number): string {
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

function describeValue(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

// A Date is read by its UTC fields, matching `parseIsoDate`, which returns UTC midnight.
function toDayNumber(date: IsoDate | Date, label = 'date'): number {
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

function dayNumberToIso(days: number): IsoDate {
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

// ---- Regions and public holidays ----

interface RegionParts {
  country: string;
  state?: string;
  region?: string;
}

const holidayCalendars = new Map<string, Holidays>();
const holidayCache = new Map<string, readonly PublicHoliday[]>();
const holidayDateCache = new Map<string, ReadonlySet<IsoDate>>();
// Only used to look up which countries, states and regions exist.
let catalogue: Holidays | undefined;

function unknownRegion(region: unknown): RangeError {
  return new RangeError(
    `Unknown holiday region ${describeValue(region)}. Use a code such as GB-ENG, GB-SCT, US-NY or AU-NSW.`,
  );
}

// Empty (or null from stored data) means "no region": weekends only. Codes are matched without regard to case.
function normaliseRegion(region: string | undefined): string | undefined {
  if (region == null) return undefined;
  if (typeof region !== 'string') throw unknownRegion(region);
  const trimmed = region.trim().toUpperCase();
  return trimmed === '' ? undefined : trimmed;
}

// "GB-ENG" → GB / ENG; a third part names a sub-region, e.g. "US-LA-NO" for New Orleans.
function splitRegion(code: string, original: string): RegionParts {
  const [country = '', state, region, ...rest] = code.split('-');
  catalogue ??= new Holidays();
  const known =
    rest.length === 0 &&
    /^[A-Z]{2}$/.test(country) &&
    Object.hasOwn(catalogue.getCountries(), country) &&
    (state === undefined || Object.hasOwn(catalogue.getStates(country) ?? {}, state)) &&
    (region === undefined ||
      (state !== undefined && Object.hasOwn(catalogue.getRegions(country, state) ?? {}, region)));
  // date-holidays falls back to the whole country for an unknown state, so we check first.
  if (!known) throw unknownRegion(original);
  return { country, ...(state === undefined ? {} : { state }), ...(region === undefined ? {} : { region }) };
}

function calendarFor(code: string, original: string): Holidays {
  let calendar = holidayCalendars.get(code);
  if (!calendar) {
    const { country, state, region } = splitRegion(code, original);
    // Types are filtered in publicHolidays, not through the `types` option, which date-holidays documents as a priority order.
    const options = { languages: 'en' };
    if (state === undefined) calendar = new Holidays(country, options);
    else if (region === undefined) calendar = new Holidays(country, state, options);
    else calendar = new Holidays(country, state, region, options);
    holidayCalendars.set(code, calendar);
  }
  return calendar;
}

function isCountedType(type: string): type is PublicHoliday['type'] {
  // Observances, optional days and school holidays are ordinary working days for a VA.
  return type === 'public' || type === 'bank';
}

/**
 * The public and bank holidays (including substitute days) whose date falls in `year`,
 * sorted by date. Cached per (year, region); the result is frozen.
 * @throws RangeError `Unknown holiday region "XX"` for a code date-holidays does not know.
 */
export function publicHolidays(year: number, region: string): readonly PublicHoliday[] {
  assertInteger(year, 'year');
  const code = normaliseRegion(region);
  if (code === undefined) throw unknownRegion(region);
  const key = `${code}|${year}`;
  const cached = holidayCache.get(key);
  if (cached) return cached;

  const calendar = calendarFor(code, region);
  const seen = new Set<string>();
  const found: PublicHoliday[] = [];
  // A substitute day can land in a neighbouring year (New Year's Day 2028 is observed in the US
  // on Fri 31 Dec 2027), so look either side and keep what falls inside `year`.
  for (const sourceYear of [year - 1, year, year + 1]) {
    for (const holiday of calendar.getHolidays(sourceYear, 'en')) {
      // `date` is the local calendar day ("2026-12-24 14:00:00"); `start` is a Date and can drift.
      const date = holiday.date.slice(0, 10);
      if (!isCountedType(holiday.type) || !date.startsWith(`${pad(year, 4)}-`)) continue;
      const identity = `${date}|${holiday.name}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      found.push(
        Object.freeze({ date, name: holiday.name, type: holiday.type, substitute: holiday.substitute === true }),
      );
    }
  }
  found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const result = Object.freeze(found);
  holidayCache.set(key, result);
  return result;
}

function holidayDates(year: number, code: string, original: string): ReadonlySet<IsoDate> {
  const key = `${code}|${year}`;
  let dates = holidayDateCache.get(key);
  if (!dates) {
    dates = new Set(publicHolidays(year, original).map((holiday) => holiday.date));
    holidayDateCache.set(key, dates);
  }
  return dates;
}

/** The region's public holidays on this date (usually none, sometimes one, rarely two). */
export function publicHolidaysOn(date: IsoDate | Date, region: string): readonly PublicHoliday[] {
  const iso = dayNumberToIso(toDayNumber(date));
  return publicHolidays(Number(iso.slice(0, 4)), region).filter((holiday) => holiday.date === iso);
}

export function isPublicHoliday(date: IsoDate | Date, region: string): boolean {
  return isHolidayDay(toDayNumber(date), region);
}

function isHolidayDay(days: number, region: string | undefined): boolean {
  const code = normaliseRegion(region);
  if (code === undefined || region === undefined) return false;
  const iso = dayNumberToIso(days);
  return holidayDates(Number(iso.slice(0, 4)), code, region).has(iso);
}

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

// Fail on an unknown region even when the dates involved never reach a holiday lookup.
function validateRegion(region: string | undefined): void {
  const code = normaliseRegion(region);
  if (code !== undefined && region !== undefined) calendarFor(code, region);
}

function assertInteger(value: number, label: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new RangeError(`The ${label} must be a whole number, not ${describeValue(value)}.`);
  }
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
