import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocalDate, parseLocalDate } from '../time/local-date.js';
import { lunarNewYear, lunarToSolar, solarToLunar } from './lunar-calendar.js';

const solar = (text: string) => parseLocalDate(text);
const text = (date: { year: number; month: number; day: number } | null) => date && formatLocalDate(date);

describe('lunarNewYear (Tết Nguyên đán)', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
  ])('Tết %i falls on %s', (year, expected) => {
    expect(text(lunarNewYear(year))).toBe(expected);
  });

  it('uses Vietnam time, not China time, where the two disagree', () => {
    expect(text(lunarNewYear(1985))).toBe('1985-01-21');
    expect(text(lunarNewYear(1985, 8))).toBe('1985-02-20');
    expect(text(lunarNewYear(2007))).toBe('2007-02-17');
    expect(text(lunarNewYear(2007, 8))).toBe('2007-02-18');
  });
});

describe('lunarToSolar', () => {
  it.each([
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])("puts Hùng Kings' day (10/3) of %i on %s", (year, expected) => {
    expect(text(lunarToSolar({ year, month: 3, day: 10, leap: false }))).toBe(expected);
  });

  it('handles leap months and refuses a leap month that does not exist', () => {
    expect(text(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true }))).toBe('2025-07-25');
    expect(text(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true }))).toBe('2023-03-22');
    expect(lunarToSolar({ year: 2025, month: 5, day: 1, leap: true })).toBeNull();
    expect(lunarToSolar({ year: 2026, month: 6, day: 1, leap: true })).toBeNull();
  });
});

describe('solarToLunar', () => {
  it('reads the last day of a lunar year and the first of the next', () => {
    expect(solarToLunar(solar('2027-02-05'))).toEqual({ year: 2026, month: 12, day: 29, leap: false });
    expect(solarToLunar(solar('2027-02-06'))).toEqual({ year: 2027, month: 1, day: 1, leap: false });
  });

  it('marks days of a leap month', () => {
    expect(solarToLunar(solar('2025-07-25'))).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(solarToLunar(solar('2025-06-25'))).toEqual({ year: 2025, month: 6, day: 1, leap: false });
  });

  it('round-trips with lunarToSolar for any day of 1900–2100', () => {
    const day = fc.date({
      min: new Date('1900-03-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (instant) => {
        const date = solar(instant.toISOString().slice(0, 10));
        const lunar = solarToLunar(date);
        expect(lunar.day).toBeGreaterThanOrEqual(1);
        expect(lunar.day).toBeLessThanOrEqual(30);
        expect(lunarToSolar(lunar)).toEqual(date);
      }),
      { numRuns: 300 },
    );
  });
});
