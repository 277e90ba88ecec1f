import { describe, expect, it } from 'vitest';
import { workingCalendar } from './calendar.js';
import {
  addClockTime,
  addWorkingTime,
  dueAt,
  nextWorkingInstant,
  slaMinutes,
  workingMinutesBetween,
} from './deadline.js';
import { withVietnamPublicHolidays } from './holidays.js';

const at = (local: string) => new Date(`${local}+07:00`);
// Statutory days only, so each expectation below can be checked by hand against a wall calendar.
const statutory = withVietnamPublicHolidays(workingCalendar(), [2026, 2027], { compensate: false });
const withDaysInLieu = withVietnamPublicHolidays(workingCalendar(), [2026, 2027]);

describe('addWorkingTime', () => {
  it('carries Friday 16:30 + 4 working hours over the weekend to Monday 10:30', () => {
    expect(addWorkingTime(at('2026-05-08T16:30'), 240, statutory)).toEqual(at('2026-05-11T10:30'));
  });

  it('starts a lunch-time request at 13:30: 12:00 + 1 working hour is 14:30', () => {
    expect(addWorkingTime(at('2026-05-05T12:00'), 60, statutory)).toEqual(at('2026-05-05T14:30'));
  });

  it('starts before opening or on a weekend at the next opening', () => {
    expect(addWorkingTime(at('2026-05-05T06:00'), 30, statutory)).toEqual(at('2026-05-05T07:30'));
    expect(addWorkingTime(at('2026-05-09T09:00'), 60, statutory)).toEqual(at('2026-05-11T08:00'));
  });

  it('ends at a closing rather than the next opening', () => {
    expect(addWorkingTime(at('2026-05-05T10:00'), 90, statutory)).toEqual(at('2026-05-05T11:30'));
    expect(addWorkingTime(at('2026-05-08T16:00'), 60, statutory)).toEqual(at('2026-05-08T17:00'));
  });

  it('crosses the year: 31/12/2026 16:00 + 2 working hours is 04/01/2027 08:00', () => {
    expect(addWorkingTime(at('2026-12-31T16:00'), 120, statutory)).toEqual(at('2027-01-04T08:00'));
  });

  it('works on a compensatory Saturday (2025: 26/4 worked in exchange for 2/5)', () => {
    const calendar = workingCalendar({
      holidays: ['2025-04-30', '2025-05-01', '2025-05-02'],
      workdays: ['2025-04-26'],
    });
    expect(addWorkingTime(at('2025-04-25T16:00'), 120, calendar)).toEqual(at('2025-04-26T08:00'));
    expect(addWorkingTime(at('2025-04-29T16:00'), 120, calendar)).toEqual(at('2025-05-05T08:00'));
  });

  it('returns the normalised start for a duration of 0', () => {
    expect(addWorkingTime(at('2026-05-05T09:15'), 0, statutory)).toEqual(at('2026-05-05T09:15'));
    expect(addWorkingTime(at('2026-05-05T11:30'), 0, statutory)).toEqual(at('2026-05-05T13:30'));
    expect(nextWorkingInstant(at('2026-05-08T17:00'), statutory)).toEqual(at('2026-05-11T07:00'));
  });

  it('refuses negative or non-finite durations and calendars with no office time', () => {
    expect(() => addWorkingTime(at('2026-05-05T09:00'), -1, statutory)).toThrow(RangeError);
    expect(() => addWorkingTime(at('2026-05-05T09:00'), Number.NaN, statutory)).toThrow(RangeError);
    expect(() =>
      addWorkingTime(at('2026-05-05T09:00'), 60, workingCalendar({ workingWeekdays: [] })),
    ).toThrow(/No office hours/);
  });
});

describe('workingMinutesBetween', () => {
  it('skips 30/4, 1/5 and the weekend: 29/04/2026 16:00 → 04/05/2026 08:00 is 2 hours', () => {
    expect(workingMinutesBetween(at('2026-04-29T16:00'), at('2026-05-04T08:00'), statutory)).toBe(120);
  });

  it('skips the lunch break and counts seconds', () => {
    expect(workingMinutesBetween(at('2026-05-05T11:00'), at('2026-05-05T14:00'), statutory)).toBe(60);
    expect(workingMinutesBetween(at('2026-05-05T08:00'), at('2026-05-05T08:00:30'), statutory)).toBe(0.5);
  });

  it('is 0 for the same instant and negative when reversed', () => {
    expect(workingMinutesBetween(at('2026-05-05T08:00'), at('2026-05-05T08:00'), statutory)).toBe(0);
    expect(workingMinutesBetween(at('2026-05-05T10:00'), at('2026-05-05T08:00'), statutory)).toBe(-120);
  });
});

describe('addClockTime', () => {
  it('counts every minute for 24/7 classes: Saturday 22:00 + 12 h is Sunday 10:00', () => {
    expect(addClockTime(at('2026-05-09T22:00'), 720)).toEqual(at('2026-05-10T10:00'));
    expect(addClockTime(at('2026-05-09T22:00'), 0)).toEqual(at('2026-05-09T22:00'));
    expect(() => addClockTime(at('2026-05-09T22:00'), -5)).toThrow(RangeError);
  });
});

describe('dueAt', () => {
  it('counts a working day as the calendar’s office minutes: Tuesday 15:00 + 2 days is Thursday 15:00', () => {
    expect(slaMinutes({ unit: 'working_days', amount: 2 }, statutory)).toBe(960);
    expect(dueAt(at('2026-05-05T15:00'), { unit: 'working_days', amount: 2 }, statutory)).toEqual(
      at('2026-05-07T15:00'),
    );
  });

  it('carries 3 working days from Thursday 04/02/2027 10:00 across Tết 2027 and the weekend', () => {
    const start = at('2027-02-04T10:00');
    expect(dueAt(start, { unit: 'working_days', amount: 3 }, statutory)).toEqual(at('2027-02-12T10:00'));
    // With the days in lieu for the Tết Saturday and Sunday (10 and 11/02), two more days pass.
    expect(dueAt(start, { unit: 'working_days', amount: 3 }, withDaysInLieu)).toEqual(at('2027-02-16T10:00'));
  });

  it('handles working hours and clock hours', () => {
    expect(dueAt(at('2026-05-08T16:30'), { unit: 'working_hours', amount: 4 }, statutory)).toEqual(
      at('2026-05-11T10:30'),
    );
    expect(dueAt(at('2026-05-09T22:00'), { unit: 'clock_hours', amount: 12 }, statutory)).toEqual(
      at('2026-05-10T10:00'),
    );
  });

  it('gives the normalised start for an amount of 0', () => {
    expect(dueAt(at('2026-05-09T22:00'), { unit: 'working_days', amount: 0 }, statutory)).toEqual(
      at('2026-05-11T07:00'),
    );
    expect(dueAt(at('2026-05-09T22:00'), { unit: 'clock_hours', amount: 0 }, statutory)).toEqual(
      at('2026-05-09T22:00'),
    );
  });
});
