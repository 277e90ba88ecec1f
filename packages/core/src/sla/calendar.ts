import { isoWeekdayOfLocalDate, parseLocalDate } from '../time/local-date.js';
import { instantAtLocal, parseClockTime } from '../time/local-time.js';

/**
 * A tenant's working calendar: when the agencies that answer escalations are at work.
 * `holidays` must list every day off that is not a weekly rest day, statutory ones included
 * (see withVietnamPublicHolidays); nothing is added behind the tenant's back.
 */
export interface OfficeHours {
  /** 'HH:mm' local time. */
  start: string;
  /** 'HH:mm' local time, after start; '24:00' for midnight. */
  end: string;
}

export interface WorkingCalendar {
  timeZone: 'Asia/Ho_Chi_Minh';
  /** Sorted, non-overlapping; the gaps between them are breaks (lunch). */
  officeHours: readonly OfficeHours[];
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workingWeekdays: readonly number[];
  /** 'yyyy-mm-dd' local dates off work. A date listed here and in `workdays` is a day off. */
  holidays: readonly string[];
  /** 'yyyy-mm-dd' compensatory working days ("làm bù") that fall on a weekly rest day. */
  workdays: readonly string[];
}

/** State administrative offices' usual day: 8 working hours with a long lunch break. */
export const DEFAULT_OFFICE_HOURS: readonly OfficeHours[] = [
  { start: '07:00', end: '11:30' },
  { start: '13:30', end: '17:00' },
];

export const DEFAULT_WORKING_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];

export function workingCalendar(overrides: Partial<WorkingCalendar> = {}): WorkingCalendar {
  return {
    timeZone: 'Asia/Ho_Chi_Minh',
    officeHours: DEFAULT_OFFICE_HOURS,
    workingWeekdays: DEFAULT_WORKING_WEEKDAYS,
    holidays: [],
    workdays: [],
    ...overrides,
  };
}

/** Problems that would make deadlines wrong, in English for logs; empty when the calendar is sound. */
export function validateWorkingCalendar(calendar: WorkingCalendar): string[] {
  const problems: string[] = [];
  let previousEnd = -1;
  for (const { start, end } of calendar.officeHours) {
    try {
      const [from, to] = [parseClockTime(start), parseClockTime(end)];
      if (from >= to) problems.push(`office hours ${start}–${end} end before they start`);
      if (from < previousEnd) problems.push(`office hours ${start}–${end} overlap or are out of order`);
      previousEnd = to;
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (calendar.officeHours.length === 0) problems.push('no office hours');
  for (const day of calendar.workingWeekdays) {
    if (!Number.isInteger(day) || day < 1 || day > 7) problems.push(`weekday ${day} is not 1..7`);
  }
  for (const date of [...calendar.holidays, ...calendar.workdays]) {
    try {
      parseLocalDate(date);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  for (const date of calendar.workdays) {
    if (calendar.holidays.includes(date)) problems.push(`${date} is both a holiday and a workday`);
  }
  return problems;
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  if (calendar.holidays.includes(date)) return false;
  return calendar.workdays.includes(date) || calendar.workingWeekdays.includes(isoWeekdayOfLocalDate(date));
}

/** Working minutes in one full working day (480 with the default hours). */
export function officeMinutesPerDay(calendar: WorkingCalendar): number {
  return calendar.officeHours.reduce(
    (sum, { start, end }) => sum + parseClockTime(end) - parseClockTime(start),
    0,
  );
}

export interface OfficeInterval {
  start: Date;
  end: Date;
}

/** The office-hours intervals of a local date as instants; none on a day off. */
export function officeIntervals(date: string, calendar: WorkingCalendar): OfficeInterval[] {
  if (!isWorkingDay(date, calendar)) return [];
  return calendar.officeHours.map(({ start, end }) => ({
    start: instantAtLocal(date, parseClockTime(start), calendar.timeZone),
    end: instantAtLocal(date, parseClockTime(end), calendar.timeZone),
  }));
}
