import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodeUnits } from '../../../../shared/domain/order';
import { formatCount } from '../../../../shared/model/common';

describe('compareCodeUnits', () => {
  it('orders ISO timestamps as time does, and ISO dates as the calendar does', () => {
    const stamps = ['2026-11-22T10:00:00.000Z', '2025-12-31T23:59:59.999Z', '2026-11-22T09:59:59.999Z', '2026-01-01T00:00:00.000Z'];
    expect([...stamps].sort(compareCodeUnits)).toEqual([...stamps].sort((a, b) => Date.parse(a) - Date.parse(b)));
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        fc.date({ min: new Date('1970-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (a, b) => {
          expect(Math.sign(compareCodeUnits(a.toISOString(), b.toISOString()))).toBe(Math.sign(a.getTime() - b.getTime()));
          expect(Math.sign(compareCodeUnits(a.toISOString().slice(0, 10), b.toISOString().slice(0, 10)))).toBe(
            Math.sign(Date.parse(a.toISOString().slice(0, 10)) - Date.parse(b.toISOString().slice(0, 10))),
          );
        },
      ),
    );
  });

  it('is 0 only for equal strings', () => {
    expect(compareCodeUnits('a', 'a')).toBe(0);
    expect(compareCodeUnits('a', 'b')).toBe(-1);
    expect(compareCodeUnits('b', 'a')).toBe(1);
  });
});

describe('formatCount', () => {
  it('groups thousands with commas, as en-GB does', () => {
    for (const n of [0, 7, 999, 1000, 10_000, 100_000, 1_234_567, 50_000_000]) expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
  });
});
