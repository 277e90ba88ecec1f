import { addMinutes } from 'date-fns';
import { addDaysToLocalDate } from '../time/local-date.js';
import { toLocalMoment } from '../time/local-time.js';
import { officeIntervals, officeMinutesPerDay, type WorkingCalendar } from './calendar.js';

/**
 * Deadlines that count only office time, for escalations to agencies, and clock time for 24/7 work.
 * Instants in, instants out; the calendar's time zone decides what "Monday 07:00" is.
 */
export type SlaUnit = 'working_hours' | 'working_days' | 'clock_hours';

export interface SlaDuration {
  unit: SlaUnit;
  amount: number;
}

const MINUTE_MS = 60_000;
// A calendar with no office time in a whole year would otherwise loop for ever.
const MAX_IDLE_DAYS = 400;

function assertDuration(minutes: number): void {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`Invalid duration: ${minutes} minutes`);
}

/**
 * The instant at which `durationMinutes` of office time have elapsed after `start`. A start outside
 * office hours counts from the next opening; a duration that ends exactly at a closing returns that
 * closing, not the next opening. Duration 0 gives that next opening (or `start` itself when open).
 */
export function addWorkingTime(start: Date, durationMinutes: number, calendar: WorkingCalendar): Date {
  assertDuration(durationMinutes);
  let remaining = Math.round(durationMinutes * MINUTE_MS);
  let date = toLocalMoment(start, calendar.timeZone).date;
  for (let idle = 0; idle < MAX_IDLE_DAYS; date = addDaysToLocalDate(date, 1)) {
    const intervals = officeIntervals(date, calendar);
    idle = intervals.length === 0 ? idle + 1 : 0;
    for (const interval of intervals) {
      const from = Math.max(interval.start.getTime(), start.getTime());
      const available = interval.end.getTime() - from;
      if (available <= 0) continue;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
    }
  }
  throw new RangeError(`No office hours in ${MAX_IDLE_DAYS} consecutive days: check the working calendar`);
}

/** `start` when it is inside office hours, otherwise the next office-hours opening. */
export function nextWorkingInstant(start: Date, calendar: WorkingCalendar): Date {
  return addWorkingTime(start, 0, calendar);
}

/** Office minutes elapsed from `a` to `b`; negative when `b` is before `a`. */
export function workingMinutesBetween(a: Date, b: Date, calendar: WorkingCalendar): number {
  if (b < a) return -workingMinutesBetween(b, a, calendar);
  const last = toLocalMoment(b, calendar.timeZone).date;
  let total = 0;
  for (
    let date = toLocalMoment(a, calendar.timeZone).date;
    date <= last;
    date = addDaysToLocalDate(date, 1)
  ) {
    for (const interval of officeIntervals(date, calendar)) {
      const overlap =
        Math.min(interval.end.getTime(), b.getTime()) - Math.max(interval.start.getTime(), a.getTime());
      if (overlap > 0) total += overlap;
    }
  }
  return total / MINUTE_MS;
}

/** Plain elapsed time, for 24/7 classes: weekends and holidays count like any other minute. */
export function addClockTime(start: Date, durationMinutes: number): Date {
  assertDuration(durationMinutes);
  return addMinutes(start, durationMinutes);
}

/** An SLA duration in minutes of its own kind (office minutes or clock minutes). */
export function slaMinutes({ unit, amount }: SlaDuration, calendar: WorkingCalendar): number {
  if (unit === 'working_days') return amount * officeMinutesPerDay(calendar);
  return amount * 60;
}

/**
 * The due instant of an SLA. A working day is the calendar's office minutes per day (8 h by default),
 * so "2 working days" from Tuesday 15:00 is Thursday 15:00, not the end of Thursday; this keeps
 * pauses and the % used exact. Legal "within N working days" counts differ and are not modelled here.
 */
export function dueAt(start: Date, duration: SlaDuration, calendar: WorkingCalendar): Date {
  const minutes = slaMinutes(duration, calendar);
  if (duration.unit === 'clock_hours') return addClockTime(start, minutes);
  return addWorkingTime(start, minutes, calendar);
}
