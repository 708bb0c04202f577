// Tests for calendar-date helpers, regional public holidays and working-day arithmetic.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addDays,
  addWorkingDays,
  compareIsoDates,
  countWorkingDays,
  dayOfWeek,
  daysBetween,
  formatIsoDate,
  formatLongDate,
  formatLongDateWithYear,
  isLeapYear,
  isPublicHoliday,
  isValidIsoDate,
  isWeekend,
  isWorkingDay,
  parseIsoDate,
  publicHolidays,
  publicHolidaysOn,
} from '../../../../shared/domain/workingDays';

const holidayDates = (year: number, region: string): string[] => publicHolidays(year, region).map((h) => h.date);

// An independent oracle for dates, built on Date.UTC, used by the property tests.
const utcIso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const arbitraryDay = fc.integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2060, 11, 31) / 86_400_000 });

describe('parseIsoDate / formatIsoDate', () => {
  it('reads a date as midnight UTC and writes it back unchanged', () => {
    const date = parseIsoDate('2026-12-24');
    expect(date.toISOString()).toBe('2026-12-24T00:00:00.000Z');
    expect(formatIsoDate(date)).toBe('2026-12-24');
  });

  it('accepts 29 February only in leap years', () => {
    expect(formatIsoDate(parseIsoDate('2028-02-29'))).toBe('2028-02-29');
    expect(formatIsoDate(parseIsoDate('2000-02-29'))).toBe('2000-02-29');
    expect(() => parseIsoDate('2027-02-29')).toThrow(RangeError);
    expect(() => parseIsoDate('2100-02-29')).toThrow(RangeError);
  });

  it.each([
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '26-01-05',
    '2026/01/05',
    '2026-01-05T00:00:00Z',
    ' 2026-01-05',
    '',
    'yesterday',
  ])('rejects %j with a RangeError that names the value', (text) => {
    expect(isValidIsoDate(text)).toBe(false);
    expect(() => parseIsoDate(text)).toThrow(RangeError);
    expect(() => parseIsoDate(text)).toThrow(/YYYY-MM-DD/);
  });

  it('rejects values that are not strings', () => {
    expect(isValidIsoDate(20260105)).toBe(false);
    expect(isValidIsoDate(undefined)).toBe(false);
    expect(() => isWorkingDay(undefined as unknown as string)).toThrow(RangeError);
  });

  it('formats the UTC day of a Date, not the local one', () => {
    expect(formatIsoDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(formatIsoDate(new Date('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
    expect(() => formatIsoDate(new Date('nonsense'))).toThrow(RangeError);
  });

  it('round-trips every day and agrees with Date.UTC', () => {
    fc.assert(
      fc.property(arbitraryDay, (day) => {
        const iso = utcIso(day * 86_400_000);
        expect(isValidIsoDate(iso)).toBe(true);
        expect(parseIsoDate(iso).getTime()).toBe(day * 86_400_000);
        expect(formatIsoDate(parseIsoDate(iso))).toBe(iso);
        expect(dayOfWeek(iso)).toBe(new Date(day * 86_400_000).getUTCDay());
      }),
    );
  });
});

describe('calendar arithmetic', () => {
  it('adds and subtracts days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-28', 2)).toBe('2028-03-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // across the UK clock change
    expect(addDays('2026-05-10', 0)).toBe('2026-05-10');
    expect(() => addDays('2026-05-10', 1.5)).toThrow(RangeError);
  });

  it('counts and compares calendar days', () => {
    expect(daysBetween('2026-12-24', '2027-01-04')).toBe(11);
    expect(daysBetween('2027-01-04', '2026-12-24')).toBe(-11);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(compareIsoDates('2026-12-24', '2027-01-04')).toBe(-1);
    expect(compareIsoDates('2027-01-04', '2026-12-24')).toBe(1);
    expect(compareIsoDates('2027-01-04', '2027-01-04')).toBe(0);
  });

  it('knows leap years', () => {
    expect([2024, 2028, 2000, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2026, 2027, 1900, 2100].map(isLeapYear)).toEqual([false, false, false, false]);
  });

  it('agrees with Date.UTC for any number of days added', () => {
    fc.assert(
      fc.property(arbitraryDay, fc.integer({ min: -2000, max: 2000 }), (day, offset) => {
        const from = utcIso(day * 86_400_000);
        expect(addDays(from, offset)).toBe(utcIso((day + offset) * 86_400_000));
        expect(daysBetween(from, addDays(from, offset))).toBe(offset);
      }),
    );
  });
});

describe('formatLongDate', () => {
  it.each([
    ['2026-12-24', 'Thu 24 Dec', 'Thu 24 Dec 2026'],
    ['2026-12-31', 'Thu 31 Dec', 'Thu 31 Dec 2026'],
    ['2027-01-04', 'Mon 4 Jan', 'Mon 4 Jan 2027'],
    ['2028-02-29', 'Tue 29 Feb', 'Tue 29 Feb 2028'],
    ['2026-05-03', 'Sun 3 May', 'Sun 3 May 2026'],
    ['2026-09-05', 'Sat 5 Sep', 'Sat 5 Sep 2026'],
  ])('%s → %s / %s', (iso, short, long) => {
    expect(formatLongDate(iso)).toBe(short);
    expect(formatLongDateWithYear(iso)).toBe(long);
  });

  it('formats a Date by its UTC day', () => {
    expect(formatLongDate(parseIsoDate('2026-12-24'))).toBe('Thu 24 Dec');
  });

  it('rejects invalid dates', () => {
    expect(() => formatLongDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('weekends', () => {
  it('treats Saturday and Sunday as weekend days', () => {
    expect(dayOfWeek('2026-12-26')).toBe(6);
    expect(dayOfWeek('2026-12-27')).toBe(0);
    expect(isWeekend('2026-12-26')).toBe(true);
    expect(isWeekend('2026-12-27')).toBe(true);
    expect(isWeekend('2026-12-28')).toBe(false);
  });

  it('without a region, only weekends are days off', () => {
    expect(isWorkingDay('2026-12-25')).toBe(true); // Christmas is not skipped without a region
    expect(isWorkingDay('2026-12-26')).toBe(false);
    expect(isWorkingDay('2026-12-27')).toBe(false);
    expect(isWorkingDay('2026-12-28')).toBe(true);
    expect(isWorkingDay('2026-12-25', undefined)).toBe(true);
  });

  it('treats an empty or null region as no region', () => {
    expect(isWorkingDay('2026-12-25', '')).toBe(true);
    expect(isWorkingDay('2026-12-25', '  ')).toBe(true);
    expect(isWorkingDay('2026-12-25', null as unknown as string)).toBe(true);
  });
});

describe('publicHolidays', () => {
  it('lists England 2026 with the Boxing Day substitute and no observances', () => {
    expect(holidayDates(2026, 'GB-ENG')).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-26',
      '2026-12-28',
    ]);
    const substitute = publicHolidays(2026, 'GB-ENG').find((h) => h.date === '2026-12-28');
    expect(substitute).toMatchObject({ name: 'Boxing Day (substitute day)', substitute: true, type: 'public' });
    const christmas = publicHolidays(2026, 'GB-ENG').find((h) => h.date === '2026-12-25');
    expect(christmas).toMatchObject({ name: 'Christmas Day', substitute: false });
  });

  it('leaves out observances such as Mother’s Day and Easter Sunday', () => {
    const names = publicHolidays(2026, 'GB-ENG').map((h) => h.name);
    expect(names).not.toContain("Mother's Day");
    expect(names).not.toContain('Easter Sunday');
    expect(holidayDates(2026, 'GB-ENG')).not.toContain('2026-03-15');
  });

  it('gives England two substitute days when Christmas and Boxing Day fall at a weekend (2027)', () => {
    expect(holidayDates(2027, 'GB-ENG')).toEqual(expect.arrayContaining(['2027-12-25', '2027-12-26', '2027-12-27', '2027-12-28']));
  });

  it('caches per year and region, and is frozen', () => {
    const first = publicHolidays(2026, 'GB-ENG');
    expect(publicHolidays(2026, 'GB-ENG')).toBe(first);
    expect(publicHolidays(2026, 'gb-eng')).toBe(first);
    expect(publicHolidays(2027, 'GB-ENG')).not.toBe(first);
    expect(publicHolidays(2026, 'GB-SCT')).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
  });

  it('is sorted by date', () => {
    for (const region of ['GB-ENG', 'US-NY', 'AU-NSW', 'DE-BY']) {
      const dates = holidayDates(2027, region);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('only returns dates inside the requested year', () => {
    for (const region of ['GB-ENG', 'GB-SCT', 'US', 'US-NY', 'AU-NSW', 'DE-BY']) {
      for (const year of [2026, 2027, 2028]) {
        expect(holidayDates(year, region).every((d) => d.startsWith(`${year}-`))).toBe(true);
      }
    }
  });

  it('keeps a substitute that lands in the previous year (US New Year 2028 observed Fri 31 Dec 2027)', () => {
    expect(holidayDates(2027, 'US')).toContain('2027-12-31');
    expect(holidayDates(2028, 'US')).not.toContain('2027-12-31');
    expect(isWorkingDay('2027-12-31', 'US')).toBe(false);
  });

  it('throws a clear error for an unknown region', () => {
    expect(() => publicHolidays(2026, 'XX')).toThrow('Unknown holiday region "XX"');
    expect(() => publicHolidays(2026, 'XX')).toThrow(Error);
    expect(() => publicHolidays(2026, 'GB-XYZ')).toThrow('Unknown holiday region "GB-XYZ"');
    expect(() => publicHolidays(2026, 'GB-ENG-ZZ')).toThrow(/Unknown holiday region/);
    expect(() => publicHolidays(2026, 'ENGLAND')).toThrow(/Unknown holiday region/);
    expect(() => publicHolidays(2026, '')).toThrow(/Unknown holiday region/);
    expect(() => isWorkingDay('2026-06-01', 'XX')).toThrow('Unknown holiday region "XX"');
    expect(() => addWorkingDays('2026-06-01', 0, 'XX')).toThrow('Unknown holiday region "XX"');
    expect(() => countWorkingDays('2026-06-01', '2026-06-01', 'XX')).toThrow('Unknown holiday region "XX"');
  });

  it('rejects a fractional year', () => {
    expect(() => publicHolidays(2026.5, 'GB-ENG')).toThrow(RangeError);
  });

  it('accepts a country on its own and a three-part sub-region', () => {
    expect(holidayDates(2026, 'US')).toContain('2026-11-26');
    expect(holidayDates(2026, 'US-LA-NO').length).toBeGreaterThan(0);
  });

  it('names the holidays on a given day', () => {
    expect(publicHolidaysOn('2026-12-28', 'GB-ENG').map((h) => h.name)).toEqual(['Boxing Day (substitute day)']);
    expect(publicHolidaysOn('2026-12-29', 'GB-ENG')).toEqual([]);
    expect(isPublicHoliday('2026-12-26', 'GB-ENG')).toBe(true); // a Saturday, but still the holiday itself
    expect(isPublicHoliday('2026-12-29', 'GB-ENG')).toBe(false);
  });
});

describe('isWorkingDay by region', () => {
  const cases: Array<[string, string, boolean, string]> = [
    // England
    ['GB-ENG', '2026-12-24', true, 'Christmas Eve is a working day'],
    ['GB-ENG', '2026-12-25', false, 'Christmas Day'],
    ['GB-ENG', '2026-12-26', false, 'Boxing Day (Saturday)'],
    ['GB-ENG', '2026-12-28', false, 'Boxing Day substitute'],
    ['GB-ENG', '2026-12-29', true, 'ordinary Tuesday'],
    ['GB-ENG', '2026-12-31', true, 'New Year’s Eve is a working day'],
    ['GB-ENG', '2027-01-01', false, 'New Year’s Day 2027 (Friday)'],
    ['GB-ENG', '2027-01-04', true, 'first Monday of 2027'],
    ['GB-ENG', '2026-04-03', false, 'Good Friday 2026'],
    ['GB-ENG', '2026-04-06', false, 'Easter Monday 2026'],
    ['GB-ENG', '2026-04-07', true, 'Easter Tuesday 2026'],
    ['GB-ENG', '2027-03-26', false, 'Good Friday 2027'],
    ['GB-ENG', '2027-03-29', false, 'Easter Monday 2027'],
    ['GB-ENG', '2026-05-04', false, 'Early May bank holiday'],
    ['GB-ENG', '2026-05-25', false, 'Spring bank holiday'],
    ['GB-ENG', '2026-08-31', false, 'Summer bank holiday (England)'],
    ['GB-ENG', '2026-01-02', true, '2 January is a working day in England'],
    ['GB-ENG', '2027-12-27', false, 'Christmas substitute 2027'],
    ['GB-ENG', '2027-12-28', false, 'Boxing Day substitute 2027'],
    ['GB-ENG', '2028-02-29', true, 'leap day 2028 (Tuesday)'],
    // Scotland
    ['GB-SCT', '2026-01-02', false, '2 January 2026 (Friday)'],
    ['GB-SCT', '2027-01-04', false, '2 January 2027 substitute (Monday)'],
    ['GB-SCT', '2026-08-03', false, 'Scottish summer bank holiday'],
    ['GB-SCT', '2026-08-31', true, 'English summer bank holiday is a working day in Scotland'],
    ['GB-SCT', '2026-04-06', true, 'Easter Monday is a working day in Scotland'],
    ['GB-SCT', '2026-11-30', false, 'St Andrew’s Day 2026 (Monday)'],
    ['GB-SCT', '2026-12-28', false, 'Boxing Day substitute'],
    // New York
    ['US-NY', '2026-11-26', false, 'Thanksgiving'],
    ['US-NY', '2026-11-27', true, 'Day after Thanksgiving is only an observance'],
    ['US-NY', '2026-06-19', false, 'Juneteenth (Friday)'],
    ['US-NY', '2027-06-18', false, 'Juneteenth 2027 observed on Friday'],
    ['US-NY', '2026-07-03', false, 'Independence Day 2026 observed on Friday'],
    ['US-NY', '2027-07-05', false, 'Independence Day 2027 observed on Monday'],
    ['US-NY', '2026-12-24', true, 'Christmas Eve is optional, so a working day'],
    ['US-NY', '2026-12-25', false, 'Christmas Day'],
    ['US-NY', '2026-12-28', true, 'no Boxing Day in the US'],
    ['US-NY', '2026-09-07', false, 'Labor Day'],
    ['US-NY', '2026-05-25', false, 'Memorial Day'],
    ['US-NY', '2026-01-19', false, 'Martin Luther King Jr. Day'],
    ['US-NY', '2026-10-31', false, 'Halloween is a Saturday anyway'],
    // New South Wales
    ['AU-NSW', '2026-01-26', false, 'Australia Day'],
    ['AU-NSW', '2026-04-03', false, 'Good Friday'],
    ['AU-NSW', '2026-04-06', false, 'Easter Monday'],
    ['AU-NSW', '2026-04-27', false, 'Anzac Day substitute'],
    ['AU-NSW', '2026-06-08', false, 'King’s Birthday'],
    ['AU-NSW', '2026-08-03', false, 'NSW Bank Holiday (type bank)'],
    ['AU-NSW', '2026-10-05', false, 'Labour Day'],
    ['AU-NSW', '2026-05-04', true, 'English May bank holiday is a working day in NSW'],
    // Bavaria
    ['DE-BY', '2026-01-06', false, 'Epiphany'],
    ['DE-BY', '2026-06-04', false, 'Corpus Christi'],
    ['DE-BY', '2026-11-18', true, 'Buß- und Bettag is a school holiday only'],
    ['DE-BY', '2026-02-16', true, 'Rosenmontag is only an observance'],
  ];

  it.each(cases)('%s %s → working day: %s (%s)', (region, date, expected) => {
    expect(isWorkingDay(date, region)).toBe(expected);
  });

  it('accepts lower-case region codes', () => {
    expect(isWorkingDay('2026-12-28', 'gb-eng')).toBe(false);
  });

  it('accepts a Date read by its UTC day', () => {
    expect(isWorkingDay(parseIsoDate('2026-12-25'), 'GB-ENG')).toBe(false);
    expect(isWorkingDay(new Date('2026-12-29T23:59:59Z'), 'GB-ENG')).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('does not count the starting day', () => {
    expect(addWorkingDays('2026-06-01', 1)).toBe('2026-06-02'); // Mon → Tue
    expect(addWorkingDays('2026-06-05', 1)).toBe('2026-06-08'); // Fri → Mon
    expect(addWorkingDays('2026-06-06', 1)).toBe('2026-06-08'); // Sat → Mon
    expect(addWorkingDays('2026-06-07', 1)).toBe('2026-06-08'); // Sun → Mon
    expect(addWorkingDays('2026-06-01', 5)).toBe('2026-06-08');
    expect(addWorkingDays('2026-06-01', 10)).toBe('2026-06-15');
  });

  it('returns the same day for 0, even at a weekend or on a holiday', () => {
    expect(addWorkingDays('2026-06-01', 0)).toBe('2026-06-01');
    expect(addWorkingDays('2026-06-06', 0)).toBe('2026-06-06');
    expect(addWorkingDays('2026-12-25', 0, 'GB-ENG')).toBe('2026-12-25');
  });

  it('skips Christmas, Boxing Day substitute and New Year in England', () => {
    expect(addWorkingDays('2026-12-24', 1, 'GB-ENG')).toBe('2026-12-29');
    expect(addWorkingDays('2026-12-24', 3, 'GB-ENG')).toBe('2026-12-31');
    expect(addWorkingDays('2026-12-24', 4, 'GB-ENG')).toBe('2027-01-04');
    expect(addWorkingDays('2026-12-24', 10, 'GB-ENG')).toBe('2027-01-12'); // 29, 30, 31, 4–8, 11, 12
    expect(addWorkingDays('2026-12-24', 4)).toBe('2026-12-30'); // without a region only the weekend is skipped
  });

  it('skips Easter in England in 2026 and 2027', () => {
    expect(addWorkingDays('2026-04-02', 1, 'GB-ENG')).toBe('2026-04-07');
    expect(addWorkingDays('2027-03-25', 1, 'GB-ENG')).toBe('2027-03-30');
  });

  it('skips the Scottish 2 January substitute', () => {
    expect(addWorkingDays('2026-12-31', 1, 'GB-SCT')).toBe('2027-01-05');
    expect(addWorkingDays('2026-12-31', 1, 'GB-ENG')).toBe('2027-01-04');
  });

  it('skips US holidays and their observed days', () => {
    expect(addWorkingDays('2026-11-25', 1, 'US-NY')).toBe('2026-11-27');
    expect(addWorkingDays('2026-07-02', 1, 'US-NY')).toBe('2026-07-06');
    expect(addWorkingDays('2026-06-18', 1, 'US-NY')).toBe('2026-06-22');
  });

  it('skips NSW holidays', () => {
    expect(addWorkingDays('2026-04-24', 1, 'AU-NSW')).toBe('2026-04-28');
    expect(addWorkingDays('2026-04-02', 1, 'AU-NSW')).toBe('2026-04-07');
  });

  it('crosses the leap day', () => {
    expect(addWorkingDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addWorkingDays('2028-02-25', 2, 'GB-ENG')).toBe('2028-02-29');
    expect(addWorkingDays('2028-02-29', 1, 'GB-ENG')).toBe('2028-03-01');
  });

  it('goes backwards for a negative count', () => {
    expect(addWorkingDays('2026-06-08', -1)).toBe('2026-06-05');
    expect(addWorkingDays('2026-12-29', -1, 'GB-ENG')).toBe('2026-12-24');
    expect(addWorkingDays('2027-01-04', -4, 'GB-ENG')).toBe('2026-12-24');
  });

  it('returns a Date when given a Date', () => {
    const result = addWorkingDays(parseIsoDate('2026-12-24'), 3, 'GB-ENG');
    expect(result).toBeInstanceOf(Date);
    expect(formatIsoDate(result)).toBe('2026-12-31');
  });

  it('rejects a fractional or non-finite count and invalid dates', () => {
    expect(() => addWorkingDays('2026-06-01', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-06-01', Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-06-01', Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('always lands on a working day, and counting back gives the same number', () => {
    fc.assert(
      fc.property(arbitraryDay, fc.integer({ min: 1, max: 40 }), fc.constantFrom(undefined, 'GB-ENG', 'GB-SCT', 'US-NY', 'AU-NSW'), (day, count, region) => {
        const from = utcIso(day * 86_400_000);
        const to = addWorkingDays(from, count, region);
        expect(isWorkingDay(to, region)).toBe(true);
        expect(countWorkingDays(from, to, region)).toBe(count);
        expect(countWorkingDays(from, addDays(to, -1), region)).toBe(count - 1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('countWorkingDays', () => {
  it('counts days strictly after the start, up to and including the end', () => {
    expect(countWorkingDays('2026-06-01', '2026-06-01')).toBe(0);
    expect(countWorkingDays('2026-06-01', '2026-06-02')).toBe(1);
    expect(countWorkingDays('2026-06-01', '2026-06-08')).toBe(5);
    expect(countWorkingDays('2026-06-05', '2026-06-07')).toBe(0); // Fri → Sun
    expect(countWorkingDays('2026-06-08', '2026-06-01')).toBe(0); // end before start
  });

  it('counts across the year end in England', () => {
    expect(countWorkingDays('2026-12-24', '2027-01-04', 'GB-ENG')).toBe(4);
    expect(countWorkingDays('2026-12-24', '2027-01-04')).toBe(7);
    expect(countWorkingDays('2026-12-31', '2027-01-04', 'GB-SCT')).toBe(0);
  });

  it('counts a whole year', () => {
    // 2026 has 261 weekdays; England has 8 holidays on weekdays (Boxing Day is a Saturday).
    expect(countWorkingDays('2025-12-31', '2026-12-31')).toBe(261);
    expect(countWorkingDays('2025-12-31', '2026-12-31', 'GB-ENG')).toBe(253);
  });
});

describe('no timezone drift', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
    vi.resetModules();
  });

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'Europe/London', 'Australia/Sydney'])(
    'gives the same dates with the machine clock set to %s',
    async (tz) => {
      process.env.TZ = tz;
      vi.resetModules();
      const fresh = await import('../../../../shared/domain/workingDays');
      (await import('../../../../electron/core/holidayCalendars')).provideHolidayCalendars();
      expect(fresh.publicHolidays(2026, 'GB-ENG').map((h) => h.date)).toEqual(holidayDates(2026, 'GB-ENG'));
      expect(fresh.publicHolidays(2026, 'AU-NSW').map((h) => h.date)).toEqual(holidayDates(2026, 'AU-NSW'));
      expect(fresh.publicHolidays(2026, 'DE-BY').map((h) => h.date)).toContain('2026-12-24');
      expect(fresh.addWorkingDays('2026-12-24', 3, 'GB-ENG')).toBe('2026-12-31');
      expect(fresh.formatLongDate('2026-12-24')).toBe('Thu 24 Dec');
      expect(fresh.formatIsoDate(fresh.parseIsoDate('2026-03-29'))).toBe('2026-03-29');
    },
  );
});
