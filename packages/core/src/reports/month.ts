import { addDaysToLocalDate } from '../time/local-date.js';
import { instantAtLocal, toLocalMoment } from '../time/local-time.js';

/**
 * The calendar month of a province's report, written 'yyyy-mm'. A month runs from local midnight of
 * its 1st to local midnight of the next month's 1st in the province's time zone, whatever the server's.
 */
const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(text: string): boolean {
  return YEAR_MONTH.test(text);
}

function parts(month: string): { year: number; month: number } {
  const match = YEAR_MONTH.exec(month);
  if (!match) throw new RangeError(`Not a yyyy-mm month: "${month}"`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** '2026-01' + (-1) → '2025-12'. */
export function addMonths(month: string, count: number): string {
  const p = parts(month);
  const index = p.year * 12 + p.month - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const previousMonth = (month: string) => addMonths(month, -1);

/** The month an instant falls in on the province's wall clock. */
export function monthOf(instant: Date, timeZone: string): string {
  return toLocalMoment(instant, timeZone).date.slice(0, 7);
}

/** [start, end): local midnight of the 1st to local midnight of the next month's 1st. */
export function monthBounds(month: string, timeZone: string): { start: Date; end: Date } {
  parts(month);
  return {
    start: instantAtLocal(`${month}-01`, 0, timeZone),
    end: instantAtLocal(`${addMonths(month, 1)}-01`, 0, timeZone),
  };
}

/** Every local date of the month, 'yyyy-mm-dd', in order. */
export function daysOfMonth(month: string): string[] {
  const days: string[] = [];
  for (let day = `${month}-01`; day.startsWith(month); day = addDaysToLocalDate(day, 1)) days.push(day);
  return days;
}

/** 'mm/yyyy', as Vietnamese reports name a month. */
export function monthLabel(month: string): string {
  const p = parts(month);
  return `${String(p.month).padStart(2, '0')}/${p.year}`;
}

/** The report a supervisor opens without choosing: the last complete month. */
export function defaultReportMonth(now: Date, timeZone: string): string {
  return previousMonth(monthOf(now, timeZone));
}

/** Why no report can be made for `month` yet (it has not begun), or null. */
export function reportMonthRefusal(month: string, timeZone: string, now: Date): string | null {
  if (month <= monthOf(now, timeZone)) return null;
  return `Tháng ${monthLabel(month)} chưa đến: chỉ lập được báo cáo cho tháng hiện tại hoặc các tháng trước.`;
}

export interface ReportWindow {
  month: string;
  previousMonth: string;
  previousStart: Date;
  start: Date;
  end: Date;
  /** The end of the month, or now while the month is still running: "open at the end" is counted then. */
  asOf: Date;
  complete: boolean;
}

/** The instants a report of `month` reads, with the previous month's beside them. */
export function reportWindow(month: string, timeZone: string, now: Date): ReportWindow {
  const { start, end } = monthBounds(month, timeZone);
  const previous = previousMonth(month);
  const complete = end.getTime() <= now.getTime();
  return {
    month,
    previousMonth: previous,
    previousStart: monthBounds(previous, timeZone).start,
    start,
    end,
    asOf: complete ? end : now,
    complete,
  };
}
