import { describe, expect, it } from 'vitest';
import { addDaysToLocalDate, formatLocalDate, isoWeekdayOfLocalDate, parseLocalDate } from './local-date.js';

describe('parseLocalDate / formatLocalDate', () => {
  it('round-trips a date', () => {
    expect(parseLocalDate('2027-02-06')).toEqual({ year: 2027, month: 2, day: 6 });
    expect(formatLocalDate({ year: 2027, month: 2, day: 6 })).toBe('2027-02-06');
  });

  it('refuses malformed and impossible dates', () => {
    expect(() => parseLocalDate('2026-2-6')).toThrow(RangeError);
    expect(() => parseLocalDate('2026-02-30')).toThrow(RangeError);
    expect(() => parseLocalDate('2026-13-01')).toThrow(RangeError);
  });
});

describe('addDaysToLocalDate', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDaysToLocalDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToLocalDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysToLocalDate('2027-03-01', -1)).toBe('2027-02-28');
  });
});

describe('isoWeekdayOfLocalDate', () => {
  it('numbers Monday 1 to Sunday 7', () => {
    expect(isoWeekdayOfLocalDate('2026-04-27')).toBe(1);
    expect(isoWeekdayOfLocalDate('2026-04-26')).toBe(7);
    expect(isoWeekdayOfLocalDate('2027-02-06')).toBe(6);
  });
});
