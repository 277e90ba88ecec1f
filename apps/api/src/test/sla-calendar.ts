import {
  DEFAULT_OFFICE_HOURS,
  DEFAULT_WORKING_WEEKDAYS,
  toLocalMoment,
  withVietnamPublicHolidays,
  workingCalendar,
  type WorkingCalendar,
} from '@tongdai/core';
import type postgres from 'postgres';

/** The province's calendar read straight from the tables, to check the API's deadlines against core. */
export async function loadCalendarForTest(
  sql: postgres.Sql,
  tenantId: string,
  around: Date,
): Promise<WorkingCalendar> {
  const [saved] =
    await sql`select office_hours, working_weekdays from working_calendars where tenant_id = ${tenantId}`;
  const days = await sql<{ day: string; kind: string }[]>`
    select to_char(day, 'YYYY-MM-DD') as day, kind from calendar_days where tenant_id = ${tenantId}`;
  const base = workingCalendar({
    officeHours:
      (saved?.office_hours as { start: string; end: string }[] | undefined) ?? DEFAULT_OFFICE_HOURS,
    workingWeekdays: (saved?.working_weekdays as number[] | undefined) ?? DEFAULT_WORKING_WEEKDAYS,
    holidays: days.filter((d) => d.kind === 'day_off').map((d) => d.day),
    workdays: days.filter((d) => d.kind === 'workday').map((d) => d.day),
  });
  const year = Number(toLocalMoment(around, base.timeZone).date.slice(0, 4));
  const full = withVietnamPublicHolidays(base, [year - 1, year, year + 1, year + 2]);
  return { ...full, holidays: full.holidays.filter((d) => !base.workdays.includes(d)) };
}
