import { lunarNewYear, lunarToSolar } from '../lunar/lunar-calendar.js';
import {
  addDaysToLocalDate,
  formatLocalDate,
  isoWeekdayOfLocalDate,
  type CivilDate,
} from '../time/local-date.js';
import type { WorkingCalendar } from './calendar.js';

/**
 * Statutory public holidays of the Labour Code 2019 (Bộ luật Lao động 45/2019/QH14), art. 112(1).
 * Only the statute: the Government's yearly decisions (longer Tết, swapped days) are tenant data.
 */
export interface PublicHoliday {
  /** 'yyyy-mm-dd' */
  date: string;
  /** Vietnamese name, as shown to staff. */
  name: string;
}

export interface PublicHolidayOptions {
  /**
   * The day next to Quốc khánh: the Prime Minister chooses 1/9 or 3/9 each year (art. 112(3)).
   * Defaults to 1/9; check the yearly announcement.
   */
  nationalDayCompanion?: '09-01' | '09-03';
}

const TET_NAMES = [
  'Tết Âm lịch (ngày cuối năm)',
  'Tết Âm lịch (mùng 1)',
  'Tết Âm lịch (mùng 2)',
  'Tết Âm lịch (mùng 3)',
  'Tết Âm lịch (mùng 4)',
];

export function vietnamPublicHolidays(year: number, options: PublicHolidayOptions = {}): PublicHoliday[] {
  const on = (monthDay: string, name: string) => ({
    date: `${String(year).padStart(4, '0')}-${monthDay}`,
    name,
  });
  const tet = formatLocalDate(lunarNewYear(year));
  // Month 3 always exists; only a leap month can be missing.
  const hungKings = lunarToSolar({ year, month: 3, day: 10, leap: false }) as CivilDate;
  const holidays: PublicHoliday[] = [
    on('01-01', 'Tết Dương lịch'),
    // The statute says 5 days and lets the PM place them (art. 112(3)); this is the usual placement:
    // the last day of the old lunar year (29 or 30 tháng Chạp) and mùng 1–4 of the new one.
    ...TET_NAMES.map((name, index) => ({ date: addDaysToLocalDate(tet, index - 1), name })),
    { date: formatLocalDate(hungKings), name: 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)' },
    on('04-30', 'Ngày Chiến thắng (30/4)'),
    on('05-01', 'Ngày Quốc tế lao động (1/5)'),
    on('09-02', 'Quốc khánh (2/9)'),
    on(options.nationalDayCompanion ?? '09-01', 'Quốc khánh (ngày liền kề)'),
  ];
  return holidays.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Days off in lieu: a holiday on a weekly rest day moves to the next working day (Labour Code 2019,
 * art. 111(3)). Tết falling on a weekend yields as many days as it lost.
 */
export function compensatoryDaysOff(
  holidays: readonly string[],
  workingWeekdays: readonly number[],
): string[] {
  const taken = new Set(holidays);
  const inLieu: string[] = [];
  for (const holiday of [...holidays].sort()) {
    if (workingWeekdays.includes(isoWeekdayOfLocalDate(holiday))) continue;
    let date = addDaysToLocalDate(holiday, 1);
    while (taken.has(date) || !workingWeekdays.includes(isoWeekdayOfLocalDate(date))) {
      date = addDaysToLocalDate(date, 1);
    }
    taken.add(date);
    inLieu.push(date);
  }
  return inLieu;
}

export interface WithPublicHolidaysOptions extends PublicHolidayOptions {
  /** Add the art. 111(3) days in lieu (default true). */
  compensate?: boolean;
}

/** The calendar with the statutory holidays of `years` (and days in lieu) added to its days off. */
export function withVietnamPublicHolidays(
  calendar: WorkingCalendar,
  years: readonly number[],
  options: WithPublicHolidaysOptions = {},
): WorkingCalendar {
  const statutory = years.flatMap((year) => vietnamPublicHolidays(year, options).map(({ date }) => date));
  const inLieu = options.compensate === false ? [] : compensatoryDaysOff(statutory, calendar.workingWeekdays);
  const holidays = [...new Set([...calendar.holidays, ...statutory, ...inLieu])].sort();
  return { ...calendar, holidays };
}
