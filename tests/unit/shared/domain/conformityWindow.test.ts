// Tests for the fix window: when it closes, whether a report is inside it, and how it is described.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conformityWindow, describeConformityWindow } from '../../../../shared/domain/conformityWindow';
import { addDays, isWorkingDay } from '../../../../shared/domain/workingDays';

describe('conformityWindow', () => {
  describe('the Christmas example (GB-ENG, 3 working days)', () => {
    const delivered = { deliveredOn: '2026-12-24', workingDays: 3, region: 'GB-ENG' };

    it('skips Christmas Day, the weekend and the Boxing Day substitute, closing on Thu 31 Dec', () => {
      expect(conformityWindow({ ...delivered, reportedOn: '2027-01-04' })).toEqual({
        closesOn: '2026-12-31',
        inside: false,
        // Tue 29, Wed 30, Thu 31 Dec and Mon 4 Jan (Fri 1 Jan is New Year's Day).
        workingDaysElapsed: 4,
      });
    });

    it.each([
      ['2026-12-24', true, 0],
      ['2026-12-25', true, 0],
      ['2026-12-28', true, 0],
      ['2026-12-29', true, 1],
      ['2026-12-30', true, 2],
      ['2026-12-31', true, 3],
      ['2027-01-01', false, 3],
      ['2027-01-03', false, 3],
      ['2027-01-04', false, 4],
      ['2027-01-05', false, 5],
    ])('reported %s → inside %s, %i working days elapsed', (reportedOn, inside, elapsed) => {
      expect(conformityWindow({ ...delivered, reportedOn })).toEqual({
        closesOn: '2026-12-31',
        inside,
        workingDaysElapsed: elapsed,
      });
    });

    it('without a region only weekends are skipped, so the window closes earlier', () => {
      expect(conformityWindow({ deliveredOn: '2026-12-24', reportedOn: '2026-12-30', workingDays: 3 })).toEqual({
        closesOn: '2026-12-29',
        inside: false,
        workingDaysElapsed: 4,
      });
    });
  });

  describe('weekends', () => {
    it('Friday delivery, 1 working day: closes Monday', () => {
      const result = conformityWindow({ deliveredOn: '2026-06-05', reportedOn: '2026-06-08', workingDays: 1 });
      expect(result).toEqual({ closesOn: '2026-06-08', inside: true, workingDaysElapsed: 1 });
    });

    it('a report at the weekend straight after delivery has 0 working days elapsed', () => {
      const result = conformityWindow({ deliveredOn: '2026-06-05', reportedOn: '2026-06-07', workingDays: 1 });
      expect(result).toEqual({ closesOn: '2026-06-08', inside: true, workingDaysElapsed: 0 });
    });

    it('a report on the Tuesday after a Friday delivery with 1 working day is outside', () => {
      const result = conformityWindow({ deliveredOn: '2026-06-05', reportedOn: '2026-06-09', workingDays: 1 });
      expect(result).toEqual({ closesOn: '2026-06-08', inside: false, workingDaysElapsed: 2 });
    });

    it('Saturday delivery: the window starts counting on Monday', () => {
      expect(conformityWindow({ deliveredOn: '2026-06-06', reportedOn: '2026-06-08', workingDays: 1 })).toEqual({
        closesOn: '2026-06-08',
        inside: true,
        workingDaysElapsed: 1,
      });
      expect(conformityWindow({ deliveredOn: '2026-06-07', reportedOn: '2026-06-12', workingDays: 5 })).toEqual({
        closesOn: '2026-06-12',
        inside: true,
        workingDaysElapsed: 5,
      });
    });

    it('10 working days span two weekends', () => {
      expect(conformityWindow({ deliveredOn: '2026-06-01', reportedOn: '2026-06-15', workingDays: 10 })).toEqual({
        closesOn: '2026-06-15',
        inside: true,
        workingDaysElapsed: 10,
      });
      expect(conformityWindow({ deliveredOn: '2026-06-01', reportedOn: '2026-06-16', workingDays: 10 }).inside).toBe(false);
    });
  });

  describe('workingDays 0', () => {
    it('closes on the delivery day itself', () => {
      expect(conformityWindow({ deliveredOn: '2026-06-03', reportedOn: '2026-06-03', workingDays: 0 })).toEqual({
        closesOn: '2026-06-03',
        inside: true,
        workingDaysElapsed: 0,
      });
      expect(conformityWindow({ deliveredOn: '2026-06-03', reportedOn: '2026-06-04', workingDays: 0 })).toEqual({
        closesOn: '2026-06-03',
        inside: false,
        workingDaysElapsed: 1,
      });
    });

    it('closes on the delivery day even when that is a weekend or a holiday', () => {
      expect(conformityWindow({ deliveredOn: '2026-06-06', reportedOn: '2026-06-07', workingDays: 0 })).toEqual({
        closesOn: '2026-06-06',
        inside: false,
        workingDaysElapsed: 0,
      });
      expect(conformityWindow({ deliveredOn: '2026-12-25', reportedOn: '2026-12-25', workingDays: 0, region: 'GB-ENG' })).toEqual({
        closesOn: '2026-12-25',
        inside: true,
        workingDaysElapsed: 0,
      });
    });
  });

  describe('reported before delivery', () => {
    it('counts as inside with no working days elapsed', () => {
      expect(conformityWindow({ deliveredOn: '2026-06-10', reportedOn: '2026-06-01', workingDays: 3 })).toEqual({
        closesOn: '2026-06-15',
        inside: true,
        workingDaysElapsed: 0,
      });
      expect(conformityWindow({ deliveredOn: '2026-06-10', reportedOn: '2026-06-09', workingDays: 0 }).inside).toBe(true);
    });
  });

  describe('holidays by region', () => {
    it('delivery on a bank holiday: counting starts the next working day', () => {
      // Easter Monday 2026 in England.
      expect(conformityWindow({ deliveredOn: '2026-04-06', reportedOn: '2026-04-07', workingDays: 1, region: 'GB-ENG' })).toEqual({
        closesOn: '2026-04-07',
        inside: true,
        workingDaysElapsed: 1,
      });
    });

    it('Easter 2026 in England: Good Friday and Easter Monday are skipped', () => {
      expect(conformityWindow({ deliveredOn: '2026-04-02', reportedOn: '2026-04-08', workingDays: 2, region: 'GB-ENG' })).toEqual({
        closesOn: '2026-04-08',
        inside: true,
        workingDaysElapsed: 2,
      });
    });

    it('Easter 2027 in England: Good Friday 26 Mar and Easter Monday 29 Mar are skipped', () => {
      expect(conformityWindow({ deliveredOn: '2027-03-25', reportedOn: '2027-03-31', workingDays: 1, region: 'GB-ENG' })).toEqual({
        closesOn: '2027-03-30',
        inside: false,
        workingDaysElapsed: 2,
      });
    });

    it('Scotland keeps Easter Monday as a working day but not 2 January', () => {
      expect(conformityWindow({ deliveredOn: '2026-04-02', reportedOn: '2026-04-06', workingDays: 1, region: 'GB-SCT' })).toEqual({
        closesOn: '2026-04-06',
        inside: true,
        workingDaysElapsed: 1,
      });
      expect(conformityWindow({ deliveredOn: '2026-12-31', reportedOn: '2027-01-05', workingDays: 1, region: 'GB-SCT' })).toEqual({
        closesOn: '2027-01-05',
        inside: true,
        workingDaysElapsed: 1,
      });
      expect(conformityWindow({ deliveredOn: '2026-12-31', reportedOn: '2027-01-05', workingDays: 1, region: 'GB-ENG' })).toEqual({
        closesOn: '2027-01-04',
        inside: false,
        workingDaysElapsed: 2,
      });
    });

    it('Scotland 2026: New Year’s Day and 2 January (Thu, Fri) are both skipped', () => {
      expect(conformityWindow({ deliveredOn: '2025-12-31', reportedOn: '2026-01-05', workingDays: 1, region: 'GB-SCT' })).toEqual({
        closesOn: '2026-01-05',
        inside: true,
        workingDaysElapsed: 1,
      });
    });

    it('New York: Thanksgiving is skipped, the day after is not', () => {
      expect(conformityWindow({ deliveredOn: '2026-11-25', reportedOn: '2026-11-30', workingDays: 2, region: 'US-NY' })).toEqual({
        closesOn: '2026-11-30',
        inside: true,
        workingDaysElapsed: 2,
      });
    });

    it('New York: Independence Day on a Saturday is observed on Friday 3 July 2026', () => {
      expect(conformityWindow({ deliveredOn: '2026-07-02', reportedOn: '2026-07-06', workingDays: 1, region: 'US-NY' })).toEqual({
        closesOn: '2026-07-06',
        inside: true,
        workingDaysElapsed: 1,
      });
    });

    it('New York: Juneteenth on a Saturday is observed on Friday 18 June 2027', () => {
      expect(conformityWindow({ deliveredOn: '2027-06-17', reportedOn: '2027-06-21', workingDays: 1, region: 'US-NY' })).toEqual({
        closesOn: '2027-06-21',
        inside: true,
        workingDaysElapsed: 1,
      });
    });

    it('New South Wales: Anzac Day substitute Monday 27 April 2026 is skipped', () => {
      expect(conformityWindow({ deliveredOn: '2026-04-24', reportedOn: '2026-04-28', workingDays: 1, region: 'AU-NSW' })).toEqual({
        closesOn: '2026-04-28',
        inside: true,
        workingDaysElapsed: 1,
      });
    });

    it('New South Wales: Christmas to New Year 2026', () => {
      // 25 Fri, 26 Sat, 28 Mon (Boxing Day substitute) and 1 Jan are off.
      expect(conformityWindow({ deliveredOn: '2026-12-24', reportedOn: '2027-01-04', workingDays: 3, region: 'AU-NSW' })).toEqual({
        closesOn: '2026-12-31',
        inside: false,
        workingDaysElapsed: 4,
      });
    });

    it('US (federal): the New Year 2028 holiday observed on Fri 31 Dec 2027 is skipped', () => {
      expect(conformityWindow({ deliveredOn: '2027-12-30', reportedOn: '2028-01-03', workingDays: 1, region: 'US' })).toEqual({
        closesOn: '2028-01-03',
        inside: true,
        workingDaysElapsed: 1,
      });
    });
  });

  describe('leap years', () => {
    it('counts 29 February 2028 as a working day', () => {
      expect(conformityWindow({ deliveredOn: '2028-02-28', reportedOn: '2028-02-29', workingDays: 1 })).toEqual({
        closesOn: '2028-02-29',
        inside: true,
        workingDaysElapsed: 1,
      });
      expect(conformityWindow({ deliveredOn: '2028-02-25', reportedOn: '2028-03-01', workingDays: 2, region: 'GB-ENG' })).toEqual({
        closesOn: '2028-02-29',
        inside: false,
        workingDaysElapsed: 3,
      });
    });
  });

  describe('invalid input', () => {
    it.each(['2026-02-30', '2027-02-29', '2026-13-01', '26-12-24', '2026-12-24T10:00', '', 'soon'])('rejects the date %j with a RangeError', (bad) => {
      expect(() => conformityWindow({ deliveredOn: bad, reportedOn: '2026-12-24', workingDays: 3 })).toThrow(RangeError);
      expect(() => conformityWindow({ deliveredOn: '2026-12-24', reportedOn: bad, workingDays: 3 })).toThrow(RangeError);
    });

    it('names the field at fault', () => {
      expect(() => conformityWindow({ deliveredOn: '2026-02-30', reportedOn: '2026-03-02', workingDays: 3 })).toThrow(/deliveredOn.*"2026-02-30"/);
      expect(() => conformityWindow({ deliveredOn: '2026-03-02', reportedOn: '2026-02-30', workingDays: 3 })).toThrow(/reportedOn/);
    });

    it.each([-1, 1.5, -0.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects workingDays %s', (workingDays) => {
      expect(() => conformityWindow({ deliveredOn: '2026-06-01', reportedOn: '2026-06-02', workingDays })).toThrow(RangeError);
      expect(() => conformityWindow({ deliveredOn: '2026-06-01', reportedOn: '2026-06-02', workingDays })).toThrow(/workingDays/);
    });

    it('rejects workingDays that is not a number', () => {
      const workingDays = '3' as unknown as number;
      expect(() => conformityWindow({ deliveredOn: '2026-06-01', reportedOn: '2026-06-02', workingDays })).toThrow(RangeError);
    });

    it('rejects an unknown region', () => {
      expect(() => conformityWindow({ deliveredOn: '2026-06-01', reportedOn: '2026-06-02', workingDays: 3, region: 'XX' })).toThrow(
        'Unknown holiday region "XX"',
      );
    });
  });

  it('agrees with itself for any delivery, report, window and region', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2022-01-01', n));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -20, max: 60 }),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom(undefined, 'GB-ENG', 'GB-SCT', 'US-NY', 'AU-NSW', 'DE-BY'),
        (deliveredOn, offset, workingDays, region) => {
          const reportedOn = addDays(deliveredOn, offset);
          const { closesOn, inside, workingDaysElapsed } = conformityWindow({
            deliveredOn,
            reportedOn,
            workingDays,
            region,
          });
          expect(closesOn >= deliveredOn).toBe(true);
          if (workingDays > 0) expect(isWorkingDay(closesOn, region)).toBe(true);
          else expect(closesOn).toBe(deliveredOn);
          // The window, measured on its own closing day, is exactly N working days long.
          expect(conformityWindow({ deliveredOn, reportedOn: closesOn, workingDays, region })).toMatchObject({
            inside: true,
            workingDaysElapsed: workingDays,
          });
          if (offset <= 0) expect(workingDaysElapsed).toBe(0);
          // On a working day, inside ⇔ elapsed ≤ N.
          if (offset > 0 && isWorkingDay(reportedOn, region)) {
            expect(inside).toBe(workingDaysElapsed <= workingDays);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('describeConformityWindow', () => {
  it('tells the Christmas story plainly, and says it is outside', () => {
    const sentence = describeConformityWindow({
      deliveredOn: '2026-12-24',
      reportedOn: '2027-01-04',
      workingDays: 3,
      region: 'GB-ENG',
    });
    expect(sentence).toBe(
      'Delivered Thu 24 Dec; the window closed at the end of Thu 31 Dec; reported Mon 4 Jan. ' +
        'That is outside the 3-working-day window (4 working days after delivery).',
    );
  });

  it('says when a report is inside', () => {
    expect(
      describeConformityWindow({
        deliveredOn: '2026-12-24',
        reportedOn: '2026-12-29',
        workingDays: 3,
        region: 'GB-ENG',
      }),
    ).toBe(
      'Delivered Thu 24 Dec; the window closes at the end of Thu 31 Dec; reported Tue 29 Dec. ' +
        'That is inside the 3-working-day window (1 working day after delivery).',
    );
  });

  it('covers a same-day window, a report before delivery and a report at the weekend', () => {
    expect(describeConformityWindow({ deliveredOn: '2026-06-03', reportedOn: '2026-06-03', workingDays: 0 })).toBe(
      'Delivered Wed 3 Jun; the window closes at the end of Wed 3 Jun; reported Wed 3 Jun. ' +
        'That is inside the same-day window (reported on the delivery day).',
    );
    expect(describeConformityWindow({ deliveredOn: '2026-06-03', reportedOn: '2026-06-01', workingDays: 1 })).toMatch(
      /That is inside the 1-working-day window \(reported before delivery\)\.$/,
    );
    expect(describeConformityWindow({ deliveredOn: '2026-06-05', reportedOn: '2026-06-06', workingDays: 1 })).toMatch(
      /That is inside the 1-working-day window \(no working days after delivery\)\.$/,
    );
  });

  it('adds years when the dates are far apart', () => {
    expect(describeConformityWindow({ deliveredOn: '2026-01-05', reportedOn: '2027-01-05', workingDays: 5 })).toBe(
      'Delivered Mon 5 Jan 2026; the window closed at the end of Mon 12 Jan 2026; reported Tue 5 Jan 2027. ' +
        'That is outside the 5-working-day window (261 working days after delivery).',
    );
  });

  it('uses calm words: no exclamation marks', () => {
    const sentence = describeConformityWindow({ deliveredOn: '2026-06-01', reportedOn: '2026-07-01', workingDays: 2 });
    expect(sentence).not.toContain('!');
  });

  it('rejects invalid input like conformityWindow does', () => {
    expect(() => describeConformityWindow({ deliveredOn: '2026-02-30', reportedOn: '2026-03-02', workingDays: 3 })).toThrow(RangeError);
  });
});
