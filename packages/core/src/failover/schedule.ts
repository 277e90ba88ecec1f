import type { IsoWeekday } from '../time/local-date.js';
import { parseClockTime, toLocalMoment } from '../time/local-time.js';

/**
 * When an agency's number is staffed. Agencies give office lines with hours and mobile numbers that
 * answer around the clock; a slot whose end is before its start runs past midnight (22:00–06:00).
 */
export interface WeeklySlot {
  /** ISO weekday the slot starts on: 1 = Monday … 7 = Sunday. */
  weekday: IsoWeekday;
  /** 'HH:mm' local time. */
  start: string;
  /** 'HH:mm' local time; '24:00' for midnight, or earlier than start for an overnight slot. */
  end: string;
}

export type Schedule = { kind: '24/7' } | { kind: 'weekly'; slots: readonly WeeklySlot[] };

function nextWeekday(weekday: IsoWeekday): IsoWeekday {
  return ((weekday % 7) + 1) as IsoWeekday;
}

function slotCovers(slot: WeeklySlot, weekday: IsoWeekday, minute: number): boolean {
  const start = parseClockTime(slot.start);
  const end = parseClockTime(slot.end);
  if (start < end) return weekday === slot.weekday && minute >= start && minute < end;
  if (end < start) {
    return (
      (weekday === slot.weekday && minute >= start) || (weekday === nextWeekday(slot.weekday) && minute < end)
    );
  }
  return false;
}

export function isInSchedule(schedule: Schedule, instant: Date, timeZone: string): boolean {
  if (schedule.kind === '24/7') return true;
  const { isoWeekday, minuteOfDay } = toLocalMoment(instant, timeZone);
  return schedule.slots.some((slot) => slotCovers(slot, isoWeekday, minuteOfDay));
}
