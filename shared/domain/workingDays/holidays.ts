// Public and bank holidays by region code (GB-ENG, US-NY, …), cached per year. The Settings regions come from a
// generated table; any other region or year from date-holidays, which is loaded only then (it costs ~25 MB).
import type Holidays from 'date-holidays';
import { loadHolidayLibrary } from './holidayLibrary';
import { HOLIDAY_TABLE_FIRST_YEAR, HOLIDAY_TABLE_LAST_YEAR, holidayTable } from './holidayTable.generated';
import { compareCodeUnits } from '../order';
import { assertInteger, dayNumberToIso, describeValue, type IsoDate, pad, toDayNumber } from './isoDates';

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

interface RegionParts {
  country: string;
  state?: string;
  region?: string;
}

type HolidayKind = Omit<PublicHoliday, 'date'>;

const holidayCalendars = new Map<string, Holidays>();
const holidayCache = new Map<string, readonly PublicHoliday[]>();
const holidayDateCache = new Map<string, ReadonlySet<IsoDate>>();
const tableKinds = new Map<string, readonly HolidayKind[]>();
// Only used to look up which countries, states and regions exist.
let catalogue: Holidays | undefined;

function unknownRegion(region: unknown): RangeError {
  return new RangeError(`Unknown holiday region ${describeValue(region)}. Use a code such as GB-ENG, GB-SCT, US-NY or AU-NSW.`);
}

// Empty (or null from stored data) means "no region": weekends only. Codes are matched without regard to case.
function normaliseRegion(region: string | undefined): string | undefined {
  if (region == null) return undefined;
  if (typeof region !== 'string') throw unknownRegion(region);
  const trimmed = region.trim().toUpperCase();
  return trimmed === '' ? undefined : trimmed;
}

// The table's regions were checked against date-holidays' catalogue when it was generated.
function isTableRegion(code: string): boolean {
  return Object.hasOwn(holidayTable, code);
}

// "GB-ENG" → GB / ENG; a third part names a sub-region, e.g. "US-LA-NO" for New Orleans.
function splitRegion(code: string, original: string): RegionParts {
  const [country = '', state, region, ...rest] = code.split('-');
  catalogue ??= new (loadHolidayLibrary())();
  const known =
    rest.length === 0 &&
    /^[A-Z]{2}$/.test(country) &&
    Object.hasOwn(catalogue.getCountries(), country) &&
    (state === undefined || Object.hasOwn(catalogue.getStates(country) ?? {}, state)) &&
    (region === undefined || (state !== undefined && Object.hasOwn(catalogue.getRegions(country, state) ?? {}, region)));
  // date-holidays falls back to the whole country for an unknown state, so we check first.
  if (!known) throw unknownRegion(original);
  return { country, ...(state === undefined ? {} : { state }), ...(region === undefined ? {} : { region }) };
}

function calendarFor(code: string, original: string): Holidays {
  let calendar = holidayCalendars.get(code);
  if (!calendar) {
    const { country, state, region } = splitRegion(code, original);
    const Library = loadHolidayLibrary();
    // Types are filtered in computePublicHolidays, not through the `types` option, which date-holidays documents as a priority order.
    const options = { languages: 'en' };
    if (state === undefined) calendar = new Library(country, options);
    else if (region === undefined) calendar = new Library(country, state, options);
    else calendar = new Library(country, state, region, options);
    holidayCalendars.set(code, calendar);
  }
  return calendar;
}

function isCountedType(type: string): type is PublicHoliday['type'] {
  // Observances, optional days and school holidays are ordinary working days for a VA.
  return type === 'public' || type === 'bank';
}

function libraryHolidays(year: number, code: string, original: string): readonly PublicHoliday[] {
  const calendar = calendarFor(code, original);
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
      found.push(Object.freeze({ date, name: holiday.name, type: holiday.type, substitute: holiday.substitute === true }));
    }
  }
  found.sort((a, b) => compareCodeUnits(a.date, b.date));
  return Object.freeze(found);
}

// A region's distinct holidays, decoded on first use (see the table's header for the format).
function kindsOf(code: string): readonly HolidayKind[] {
  let kinds = tableKinds.get(code);
  if (!kinds) {
    const { names, flags } = holidayTable[code]!;
    kinds = names.map((name, index) => {
      const flag = flags[index]!;
      return { name, type: flag.toLowerCase() === 'b' ? 'bank' : 'public', substitute: flag !== flag.toLowerCase() } as const;
    });
    tableKinds.set(code, kinds);
  }
  return kinds;
}

// Undefined when the region or year is not in the table.
function tableHolidays(year: number, code: string): readonly PublicHoliday[] | undefined {
  if (!isTableRegion(code) || year < HOLIDAY_TABLE_FIRST_YEAR || year > HOLIDAY_TABLE_LAST_YEAR) return undefined;
  const kinds = kindsOf(code);
  const entries = holidayTable[code]!.years[year - HOLIDAY_TABLE_FIRST_YEAR]!;
  const newYearsEve = toDayNumber(`${pad(year, 4)}-01-01`) - 1;
  const found: PublicHoliday[] = [];
  for (let at = 0; at < entries.length; at += 3) {
    const date = dayNumberToIso(newYearsEve + parseInt(entries.slice(at, at + 2), 36));
    found.push(Object.freeze({ date, ...kinds[parseInt(entries[at + 2]!, 36)]! }));
  }
  return Object.freeze(found);
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
  let result = holidayCache.get(key);
  if (!result) {
    result = tableHolidays(year, code) ?? libraryHolidays(year, code, region);
    holidayCache.set(key, result);
  }
  return result;
}

/**
 * What `publicHolidays` gives, worked out by date-holidays every time, never from the table or cache.
 * For the table's generator and the test that proves the table right.
 */
export function computePublicHolidays(year: number, region: string): readonly PublicHoliday[] {
  assertInteger(year, 'year');
  const code = normaliseRegion(region);
  if (code === undefined) throw unknownRegion(region);
  return libraryHolidays(year, code, region);
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

export function isHolidayDay(days: number, region: string | undefined): boolean {
  const code = normaliseRegion(region);
  if (code === undefined || region === undefined) return false;
  const iso = dayNumberToIso(days);
  return holidayDates(Number(iso.slice(0, 4)), code, region).has(iso);
}

// Fail on an unknown region even when the dates involved never reach a holiday lookup.
export function validateRegion(region: string | undefined): void {
  const code = normaliseRegion(region);
  if (code !== undefined && region !== undefined && !isTableRegion(code)) calendarFor(code, region);
}
