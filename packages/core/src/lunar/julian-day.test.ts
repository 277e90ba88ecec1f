import { describe, expect, it } from 'vitest';
import { civilDateOfJulianDay, julianDayNumber } from './julian-day.js';

describe('julianDayNumber', () => {
  it('matches published Julian day numbers', () => {
    expect(julianDayNumber({ year: 2000, month: 1, day: 1 })).toBe(2_451_545);
    expect(julianDayNumber({ year: 1900, month: 1, day: 1 })).toBe(2_415_021);
    expect(julianDayNumber({ year: 1970, month: 1, day: 1 })).toBe(2_440_588);
  });

  it('converts back to the civil date', () => {
    expect(civilDateOfJulianDay(2_461_407)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(civilDateOfJulianDay(julianDayNumber({ year: 2028, month: 2, day: 29 }))).toEqual({
      year: 2028,
      month: 2,
      day: 29,
    });
  });
});
