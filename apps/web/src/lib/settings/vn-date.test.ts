import { describe, expect, it } from 'vitest';
import { formatVnDate, mondayOf, parseVnDate, weekFromQuery, weekLabel } from './vn-date.js';

describe('formatVnDate / parseVnDate', () => {
  it('writes dd/mm/yyyy and reads what people type', () => {
    expect(formatVnDate('2027-02-05')).toBe('05/02/2027');
    expect(parseVnDate('5/2/2027')).toBe('2027-02-05');
    expect(parseVnDate(' 05-02-2027 ')).toBe('2027-02-05');
    expect(parseVnDate('05.02.2027')).toBe('2027-02-05');
  });

  it('refuses days that do not exist and other shapes', () => {
    expect(parseVnDate('31/02/2027')).toBeNull();
    expect(parseVnDate('2027-02-05')).toBeNull();
    expect(parseVnDate('05/13/2027')).toBeNull();
    expect(parseVnDate('')).toBeNull();
  });

  it('leaves non-dates alone when formatting', () => {
    expect(formatVnDate('soon')).toBe('soon');
  });
});

describe('weeks', () => {
  it('snaps any day to its Monday, across a year boundary', () => {
    expect(mondayOf('2026-05-18')).toBe('2026-05-18');
    expect(mondayOf('2026-05-24')).toBe('2026-05-18');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });

  it('labels a week with its first and last day', () => {
    expect(weekLabel('2026-12-28')).toBe('28/12/2026 – 03/01/2027');
  });

  it('reads a week from the query only when it is a real date', () => {
    expect(weekFromQuery('2026-05-21')).toBe('2026-05-18');
    expect(weekFromQuery('2026-02-30')).toBeNull();
    expect(weekFromQuery('21/05/2026')).toBeNull();
    expect(weekFromQuery(null)).toBeNull();
  });
});
