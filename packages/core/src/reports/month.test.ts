import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysOfMonth,
  defaultReportMonth,
  isYearMonth,
  monthBounds,
  monthLabel,
  monthOf,
  previousMonth,
  reportMonthRefusal,
  reportWindow,
} from './month.js';

const VN = 'Asia/Ho_Chi_Minh';

describe('months', () => {
  it('accepts yyyy-mm only', () => {
    expect(isYearMonth('2026-03')).toBe(true);
    for (const bad of ['2026-3', '2026-13', '2026-00', '26-03', '2026-03-01', '']) {
      expect(isYearMonth(bad), bad).toBe(false);
    }
  });

  it('steps across year boundaries', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-03')).toBe('2026-02');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2025-11', 14)).toBe('2027-01');
    expect(() => previousMonth('2026-13')).toThrow(RangeError);
  });

  it('lists every day of the month, leap years included', () => {
    expect(daysOfMonth('2024-02')).toHaveLength(29);
    expect(daysOfMonth('2026-02')).toHaveLength(28);
    expect(daysOfMonth('2026-12').at(-1)).toBe('2026-12-31');
    expect(daysOfMonth('2026-04')[0]).toBe('2026-04-01');
  });

  it('names the month as Vietnamese reports do', () => {
    expect(monthLabel('2026-03')).toBe('03/2026');
  });
});

describe('monthBounds', () => {
  it('runs from local midnight of the 1st to local midnight of the next 1st', () => {
    const { start, end } = monthBounds('2026-03', VN);
    expect(start.toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-31T17:00:00.000Z');
  });

  it('crosses the year boundary in December', () => {
    const { start, end } = monthBounds('2025-12', VN);
    expect(start.toISOString()).toBe('2025-11-30T17:00:00.000Z');
    expect(end.toISOString()).toBe('2025-12-31T17:00:00.000Z');
  });

  it('puts 23:30 local on the last day in that month, and 00:00 local on the 1st in the next', () => {
    const lastEvening = new Date('2025-12-31T23:30:00+07:00');
    const { start, end } = monthBounds('2025-12', VN);
    expect(monthOf(lastEvening, VN)).toBe('2025-12');
    expect(lastEvening >= start && lastEvening < end).toBe(true);
    // 00:30 on 1 January in Vietnam is still December in UTC: the province's zone decides.
    const newYear = new Date('2026-01-01T00:30:00+07:00');
    expect(newYear.toISOString().slice(0, 7)).toBe('2025-12');
    expect(monthOf(newYear, VN)).toBe('2026-01');
    expect(newYear >= end).toBe(true);
    expect(monthOf(new Date('2025-12-31T17:00:00Z'), VN)).toBe('2026-01');
    expect(monthOf(new Date('2025-12-31T16:59:59Z'), VN)).toBe('2025-12');
  });

  it('follows the zone it is given', () => {
    expect(monthBounds('2026-07', 'UTC').start.toISOString()).toBe('2026-07-01T00:00:00.000Z');
  });
});

describe('the report window', () => {
  const now = new Date('2026-01-10T03:00:00Z');

  it('defaults to the last complete month, December when it is January', () => {
    expect(defaultReportMonth(now, VN)).toBe('2025-12');
    // 00:30 on 1 February in Vietnam is still January in UTC.
    expect(defaultReportMonth(new Date('2026-01-31T17:30:00Z'), VN)).toBe('2026-01');
  });

  it('refuses months that have not begun, accepts the running one', () => {
    expect(reportMonthRefusal('2026-02', VN, now)).toMatch(/Tháng 02\/2026 chưa đến/);
    expect(reportMonthRefusal('2026-01', VN, now)).toBeNull();
    expect(reportMonthRefusal('2019-05', VN, now)).toBeNull();
  });

  it('reads a complete month to its end, with the previous month across the year boundary', () => {
    const w = reportWindow('2026-01', VN, new Date('2026-03-01T00:00:00Z'));
    expect(w.previousMonth).toBe('2025-12');
    expect(w.previousStart.toISOString()).toBe('2025-11-30T17:00:00.000Z');
    expect(w.start.toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(w.asOf).toEqual(w.end);
    expect(w.complete).toBe(true);
  });

  it('counts a running month up to now', () => {
    const w = reportWindow('2026-01', VN, now);
    expect(w.complete).toBe(false);
    expect(w.asOf).toEqual(now);
    expect(w.end.toISOString()).toBe('2026-01-31T17:00:00.000Z');
  });
});
