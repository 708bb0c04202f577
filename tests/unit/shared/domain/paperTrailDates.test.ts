import { describe, expect, it } from 'vitest';
import { formatTime } from '../../../../shared/domain/dateDisplay';
import { checkEntryTime, toDayAndTime } from '../../../../shared/domain/paperTrailDates';

const now = new Date(2026, 11, 2, 15, 0);

describe('checkEntryTime', () => {
  it('accepts a day and time in the past, read in local time', () => {
    const r = checkEntryTime('2026-12-01', '09:30', now);
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') expect(r.instant).toEqual(new Date(2026, 11, 1, 9, 30));
  });

  it('accepts now and a minute ahead of the clock', () => {
    expect(checkEntryTime('2026-12-02', '15:00', now).kind).toBe('ok');
    expect(checkEntryTime('2026-12-02', '15:01', now).kind).toBe('ok');
  });

  it('asks before keeping a time still to come, with the day spelled out', () => {
    const r = checkEntryTime('2026-12-10', '14:00', now);
    expect(r).toMatchObject({ kind: 'confirm', reason: 'future' });
    if (r.kind === 'confirm')
      expect(r.message).toBe(`That is Thursday 10 December 2026 at ${formatTime(new Date(2026, 11, 10, 14, 0))}, which is still to come. Is that right?`);
  });

  it('asks before keeping a date before 2000', () => {
    const r = checkEntryTime('1926-12-01', '10:00', now);
    expect(r).toMatchObject({ kind: 'confirm', reason: 'before-2000' });
    if (r.kind === 'confirm') {
      expect(r.message).toContain('Wednesday 1 December 1926');
      expect(r.instant.getFullYear()).toBe(1926);
    }
  });

  it('says what is wrong with an impossible date or time', () => {
    expect(checkEntryTime('2026-02-30', '10:00', now)).toEqual({ kind: 'invalid', field: 'day', message: 'February 2026 has no day 30. Check the date.' });
    expect(checkEntryTime('2026-13-01', '10:00', now)).toMatchObject({ kind: 'invalid', field: 'day', message: 'There is no month 13. Check the date.' });
    expect(checkEntryTime('', '10:00', now)).toMatchObject({ kind: 'invalid', field: 'day' });
    expect(checkEntryTime('2026-12-01', '', now)).toMatchObject({ kind: 'invalid', field: 'time' });
    expect(checkEntryTime('2026-12-01', '25:10', now)).toMatchObject({
      kind: 'invalid',
      field: 'time',
      message: '25:10 is not a time of day. Check the hours and minutes.',
    });
  });

  it('knows leap years', () => {
    expect(checkEntryTime('2024-02-29', '10:00', now).kind).toBe('ok');
    expect(checkEntryTime('2026-02-29', '10:00', now).kind).toBe('invalid');
  });
});

describe('toDayAndTime', () => {
  it('gives the local day and time as the fields want them', () => {
    expect(toDayAndTime(new Date(2026, 0, 5, 7, 4))).toEqual(['2026-01-05', '07:04']);
  });
});
