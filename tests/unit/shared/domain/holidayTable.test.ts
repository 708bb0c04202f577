// Tests for the generated holiday table: it says exactly what date-holidays says, it is up to date with the installed
// date-holidays, and the Settings regions never make the app load date-holidays.
import { readFileSync } from 'node:fs';
import Holidays from 'date-holidays';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  dateHolidaysVersion,
  renderHolidayTable,
  TABLE_FIRST_YEAR,
  TABLE_LAST_YEAR,
  TABLE_PATH,
  TABLE_REGIONS,
} from '../../../../scripts/holidays/generateTable';
import { computePublicHolidays, type PublicHoliday, publicHolidays } from '../../../../shared/domain/workingDays/holidays';
import { HOLIDAY_TABLE_FIRST_YEAR, HOLIDAY_TABLE_LAST_YEAR, holidayTable } from '../../../../shared/domain/workingDays/holidayTable.generated';
import { holidayRegions } from '../../../../shared/model/settings';

// Each (region, year) worked out once by date-holidays (~10 s in all), shared by the comparison and the freshness check.
const reference = new Map<string, readonly PublicHoliday[]>();
const computed = (year: number, region: string): readonly PublicHoliday[] => {
  const key = `${region}|${year}`;
  let holidays = reference.get(key);
  if (!holidays) {
    holidays = computePublicHolidays(year, region);
    reference.set(key, holidays);
  }
  return holidays;
};

// A fresh module graph, so the loader's state says what these calls alone needed.
async function freshModules() {
  vi.resetModules();
  return {
    workingDays: await import('../../../../shared/domain/workingDays'),
    conformity: await import('../../../../shared/domain/conformityWindow'),
    holidays: await import('../../../../shared/domain/workingDays/holidays'),
    library: await import('../../../../shared/domain/workingDays/holidayLibrary'),
  };
}

// The same fresh graph with the core's loader handed in, as the app runs it.
async function freshModulesWithCore() {
  const modules = await freshModules();
  const core = await import('../../../../electron/core/holidayCalendars');
  core.provideHolidayCalendars();
  return modules;
}

describe('the generated holiday table', () => {
  beforeAll(() => {
    for (const region of TABLE_REGIONS) {
      for (let year = TABLE_FIRST_YEAR; year <= TABLE_LAST_YEAR; year += 1) computed(year, region);
    }
  }, 60_000);

  it('covers every Settings region for 1970–2130', () => {
    const settingsRegions = holidayRegions.map((region) => region.code).filter((code) => code !== '');
    expect(Object.keys(holidayTable).sort()).toEqual([...settingsRegions].sort());
    expect([HOLIDAY_TABLE_FIRST_YEAR, HOLIDAY_TABLE_LAST_YEAR]).toEqual([1970, 2130]);
  });

  it('gives exactly what date-holidays computes, for every region and year it holds', () => {
    const mismatches: string[] = [];
    for (const region of TABLE_REGIONS) {
      for (let year = TABLE_FIRST_YEAR; year <= TABLE_LAST_YEAR; year += 1) {
        const fromTable = publicHolidays(year, region);
        const expected = computed(year, region);
        if (JSON.stringify(fromTable) !== JSON.stringify(expected)) mismatches.push(`${region} ${year}`);
        if (!Object.isFrozen(fromTable) || !fromTable.every((holiday) => Object.isFrozen(holiday))) mismatches.push(`${region} ${year} not frozen`);
      }
    }
    expect(mismatches).toEqual([]);
    // Not vacuous: the table really holds holidays.
    expect(publicHolidays(2026, 'GB-ENG').map((holiday) => holiday.date)).toContain('2026-12-28');
  });

  it('matches the installed date-holidays (run `npm run holidays:table` after upgrading it)', () => {
    const expected = renderHolidayTable(computed, dateHolidaysVersion());
    const actual = readFileSync(TABLE_PATH, 'utf8');
    if (actual !== expected) {
      const actualLines = actual.split('\n');
      const expectedLines = expected.split('\n');
      const line = expectedLines.findIndex((text, index) => text !== actualLines[index]);
      expect.fail(
        `shared/domain/workingDays/holidayTable.generated.ts is out of date with date-holidays ${dateHolidaysVersion()} ` +
          `(first difference on line ${line + 1}). Run \`npm run holidays:table\` and commit the result.`,
      );
    }
  });
});

describe('loading date-holidays only when needed', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('answers the Settings regions in 1970–2130 without loading date-holidays', async () => {
    const { workingDays, conformity, holidays, library } = await freshModulesWithCore();
    expect(workingDays.addWorkingDays('2026-12-20', 5, 'GB-ENG')).toBe('2026-12-29');
    expect(workingDays.isWorkingDay('2026-07-03', 'us-ny')).toBe(false);
    expect(workingDays.countWorkingDays('1970-01-01', '2130-12-31', 'PH')).toBeGreaterThan(40_000);
    expect(workingDays.isPublicHoliday('2026-04-03', 'AU-NSW')).toBe(true);
    expect(workingDays.publicHolidaysOn('2026-07-01', 'CA-ON').map((holiday) => holiday.name)).toEqual(['Canada Day']);
    expect(conformity.conformityWindow({ deliveredOn: '2026-12-23', reportedOn: '2027-01-04', workingDays: 5, region: 'IE' }).inside).toBe(true);
    for (const region of TABLE_REGIONS) {
      expect(holidays.publicHolidays(1970, region)).toEqual(computed(1970, region));
      expect(holidays.publicHolidays(2130, region)).toEqual(computed(2130, region));
      expect(() => workingDays.isWorkingDay('2026-01-02', ` ${region.toLowerCase()} `)).not.toThrow();
    }
    expect(library.holidayLibraryLoaded()).toBe(false);
  });

  it.each([
    ['a region outside the table', 2026, 'DE-BY'],
    ['a sub-region', 2026, 'US-LA-NO'],
    ['a year before the table', 1969, 'GB-ENG'],
    ['a year after the table', 2131, 'US'],
  ])("still gives date-holidays' answer for %s", async (_case, year, region) => {
    const { holidays, library } = await freshModulesWithCore();
    expect(holidays.publicHolidays(year, region)).toEqual(computePublicHolidays(year, region));
    expect(library.holidayLibraryLoaded()).toBe(true);
  });

  it('checks unknown regions against the catalogue as before', async () => {
    const { workingDays, library } = await freshModulesWithCore();
    expect(() => workingDays.addWorkingDays('2026-01-02', 1, 'GB-XYZ')).toThrow(
      new RangeError('Unknown holiday region "GB-XYZ". Use a code such as GB-ENG, GB-SCT, US-NY or AU-NSW.'),
    );
    expect(library.holidayLibraryLoaded()).toBe(true);
  });

  it('needs the library handed over, and says so plainly when it was not', async () => {
    const { workingDays, library } = await freshModules();
    // The table still answers its regions.
    expect(workingDays.addWorkingDays('2026-12-20', 5, 'GB-ENG')).toBe('2026-12-29');
    expect(() => workingDays.publicHolidays(2026, 'DE-BY')).toThrow(/holiday calendars could not be loaded/);
    expect(() => workingDays.isWorkingDay('2026-01-02', 'FR')).toThrow(/holiday calendars could not be loaded/);
    library.provideHolidayLibrary(Holidays);
    expect(workingDays.publicHolidays(2026, 'DE-BY')).toEqual(computePublicHolidays(2026, 'DE-BY'));
  });
});
