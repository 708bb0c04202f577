// One date style across the app: days as "Thu 10 Dec 2026", times as the operating system shows them.
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, formatDayLong, formatMonth, formatTime, localIsoDay } from '../../../shared/domain/dateDisplay';

describe('dateDisplay', () => {
  it('writes a calendar day as "Thu 10 Dec 2026", with no comma and no leading zero', () => {
    expect(formatDay('2026-12-10')).toBe('Thu 10 Dec 2026');
    expect(formatDay('2026-11-01')).toBe('Sun 1 Nov 2026');
    expect(formatDay(new Date(2026, 1, 28, 23, 59))).toBe('Sat 28 Feb 2026');
  });

  it('spells a day out in full for confirmations', () => {
    expect(formatDayLong('2026-12-10')).toBe('Thursday 10 December 2026');
    expect(formatDayLong('1926-11-20')).toBe('Saturday 20 November 1926');
  });

  it('writes a month as "Nov 2026"', () => {
    expect(formatMonth('2026-11')).toBe('Nov 2026');
    expect(formatMonth('2026-01-15')).toBe('Jan 2026');
    expect(formatMonth('2026-13')).toBe('2026-13');
    expect(formatMonth('soon')).toBe('soon');
  });

  it('gives back what it cannot read, rather than "Invalid Date"', () => {
    expect(formatDay('tomorrow')).toBe('tomorrow');
    expect(formatDay('2026-13-01')).toBe('2026-13-01');
    expect(formatTime('nope')).toBe('nope');
    expect(formatDateTime('nope')).toBe('nope');
  });

  it('shows the time as the system locale does, after the day', () => {
    const instant = new Date(2026, 11, 10, 15, 7);
    const expected = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(instant);
    expect(formatTime(instant)).toBe(expected);
    expect(formatDateTime(instant.toISOString())).toBe(`Thu 10 Dec 2026, ${expected}`);
  });

  it('gives the local calendar day as YYYY-MM-DD', () => {
    expect(localIsoDay(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
  });
});
