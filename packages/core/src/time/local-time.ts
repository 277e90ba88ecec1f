import { TZDate } from '@date-fns/tz';
import { format, getISODay } from 'date-fns';
import { parseLocalDate, type IsoWeekday } from './local-date.js';

/**
 * Instants seen on a wall clock in an IANA time zone, and back. The zone is always a parameter:
 * the server's own zone never leaks into a deadline.
 */
export interface LocalMoment {
  /** 'yyyy-mm-dd' in the zone. */
  date: string;
  /** Minutes since local midnight, fractional when the instant has seconds. */
  minuteOfDay: number;
  isoWeekday: IsoWeekday;
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** 'HH:mm' → minutes since midnight; '24:00' is accepted as the end of the day. */
export function parseClockTime(text: string): number {
  if (text === '24:00') return 24 * 60;
  const match = CLOCK_TIME.exec(text);
  if (!match) throw new RangeError(`Not an HH:mm time: "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function toLocalMoment(instant: Date, timeZone: string): LocalMoment {
  const local = new TZDate(instant.getTime(), timeZone);
  const minuteOfDay =
    local.getHours() * 60 +
    local.getMinutes() +
    (local.getSeconds() * 1000 + local.getMilliseconds()) / 60_000;
  return { date: format(local, 'yyyy-MM-dd'), minuteOfDay, isoWeekday: getISODay(local) as IsoWeekday };
}

/** The instant at which the wall clock in `timeZone` shows `date` and `minuteOfDay` (whole minutes). */
export function instantAtLocal(date: string, minuteOfDay: number, timeZone: string): Date {
  const { year, month, day } = parseLocalDate(date);
  const local = new TZDate(year, month - 1, day, Math.floor(minuteOfDay / 60), minuteOfDay % 60, timeZone);
  return new Date(local.getTime());
}
