// Date plausibility: impossible days say what is wrong; future and very early days ask for confirmation.
import { describe, expect, it } from 'vitest';
import { checkDate, impossibleDateMessage } from '../../../../shared/domain/dateSanity';

const today = '2026-12-02';

describe('impossibleDateMessage', () => {
  it.each([
    ['2026-02-31', 'There is no 31 February.'],
    ['2026-04-31', 'There is no 31 April.'],
    ['2027-02-29', 'There is no 29 February in 2027.'],
    ['0001-03-04', 'That year looks wrong: 0001.'],
    ['20266-03-04', 'That year looks wrong: 20266.'],
    ['2026-13-01', 'There is no month 13. Check the date.'],
    ['2026-03-00', 'There is no day 0 in a month. Check the date.'],
    ['3 March', 'Enter the date as a full day, for example 10 December 2026.'],
  ])('%s → %s', (value, message) => {
    expect(impossibleDateMessage(value)).toBe(message);
  });

  it('accepts real days, leap days included', () => {
    expect(impossibleDateMessage('2028-02-29')).toBeNull();
    expect(impossibleDateMessage('2026-12-31')).toBeNull();
  });
});

describe('checkDate', () => {
  it('asks to confirm a future delivery, with the day spelled out', () => {
    expect(checkDate('2099-12-10', { today, allowFuture: false })).toEqual({
      kind: 'needs-confirmation',
      reason: 'future',
      message: 'Thursday 10 December 2099 is in the future. Is that the right day?',
    });
  });

  it('lets a deadline be in the future, and today is never "the future"', () => {
    expect(checkDate('2099-12-10', { today, allowFuture: true })).toEqual({ kind: 'ok' });
    expect(checkDate(today, { today, allowFuture: false })).toEqual({ kind: 'ok' });
  });

  it('asks to confirm a day before the earliest likely one (2000 unless told)', () => {
    expect(checkDate('1999-12-31', { today, allowFuture: false })).toMatchObject({
      kind: 'needs-confirmation',
      reason: 'early',
      message: 'Friday 31 December 1999 is a long time ago. Is that the right day?',
    });
    expect(checkDate('2000-01-01', { today, allowFuture: false })).toEqual({ kind: 'ok' });
    expect(checkDate('2020-05-01', { today, allowFuture: false, earliest: '2021-01-01' })).toMatchObject({ kind: 'needs-confirmation', reason: 'early' });
  });

  it('says what is wrong with an impossible day before anything else', () => {
    expect(checkDate('2026-02-31', { today, allowFuture: false })).toEqual({ kind: 'impossible', message: 'There is no 31 February.' });
    expect(checkDate('0001-01-01', { today, allowFuture: true })).toEqual({ kind: 'impossible', message: 'That year looks wrong: 0001.' });
  });
});
