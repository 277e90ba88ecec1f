import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OFFICE_HOURS,
  isWorkingDay,
  officeIntervals,
  officeMinutesPerDay,
  validateWorkingCalendar,
  workingCalendar,
} from './calendar.js';

describe('workingCalendar', () => {
  it('defaults to Monday–Friday, 07:00–11:30 and 13:30–17:00 in Vietnam', () => {
    const calendar = workingCalendar();
    expect(calendar.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(calendar.officeHours).toEqual(DEFAULT_OFFICE_HOURS);
    expect(calendar.workingWeekdays).toEqual([1, 2, 3, 4, 5]);
    expect(officeMinutesPerDay(calendar)).toBe(480);
  });
});

describe('isWorkingDay', () => {
  const calendar = workingCalendar({ holidays: ['2026-04-30'], workdays: ['2026-04-25'] });

  it('works on weekdays, rests on weekends and holidays', () => {
    expect(isWorkingDay('2026-04-29', calendar)).toBe(true);
    expect(isWorkingDay('2026-04-30', calendar)).toBe(false);
    expect(isWorkingDay('2026-05-02', calendar)).toBe(false);
  });

  it('works on a compensatory Saturday', () => {
    expect(isWorkingDay('2026-04-25', calendar)).toBe(true);
  });

  it('rests when a date is listed both ways', () => {
    expect(isWorkingDay('2026-04-25', { ...calendar, holidays: ['2026-04-25'] })).toBe(false);
  });
});

describe('officeIntervals', () => {
  it('gives the day’s office hours as instants, and none on a day off', () => {
    const calendar = workingCalendar();
    expect(
      officeIntervals('2026-05-04', calendar).map((i) => [i.start.toISOString(), i.end.toISOString()]),
    ).toEqual([
      ['2026-05-04T00:00:00.000Z', '2026-05-04T04:30:00.000Z'],
      ['2026-05-04T06:30:00.000Z', '2026-05-04T10:00:00.000Z'],
    ]);
    expect(officeIntervals('2026-05-03', calendar)).toEqual([]);
  });
});

describe('validateWorkingCalendar', () => {
  it('accepts the default calendar', () => {
    expect(validateWorkingCalendar(workingCalendar())).toEqual([]);
  });

  it('reports what would make deadlines wrong', () => {
    const problems = validateWorkingCalendar(
      workingCalendar({
        officeHours: [
          { start: '13:30', end: '17:00' },
          { start: '07:00', end: '11:30' },
          { start: '18:00', end: '17:00' },
          { start: '7h', end: '08:00' },
        ],
        workingWeekdays: [0, 1],
        holidays: ['2026-02-30', '2026-05-02'],
        workdays: ['2026-05-02'],
      }),
    );
    expect(problems).toEqual([
      'office hours 07:00–11:30 overlap or are out of order',
      'office hours 18:00–17:00 end before they start',
      'Not an HH:mm time: "7h"',
      'weekday 0 is not 1..7',
      'No such date: "2026-02-30"',
      '2026-05-02 is both a holiday and a workday',
    ]);
    expect(validateWorkingCalendar(workingCalendar({ officeHours: [] }))).toEqual(['no office hours']);
  });
});
