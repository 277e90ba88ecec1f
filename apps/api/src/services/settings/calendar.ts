import type { CalendarInput } from '@tongdai/contracts';
import { vietnamPublicHolidays } from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';

const DEFAULT = {
  officeHours: [
    { start: '07:00', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
  workingWeekdays: [1, 2, 3, 4, 5],
};

/** The province's office hours, its own days for `year`, and the statutory holidays of that year. */
export function getCalendar(c: Context<AppEnv>, year: number) {
  return inTenant(c, async (tx, tenantId) => {
    const calendar = await queries.getWorkingCalendar(tx, tenantId);
    return {
      officeHours: calendar?.officeHours ?? DEFAULT.officeHours,
      workingWeekdays: calendar?.workingWeekdays ?? DEFAULT.workingWeekdays,
      configured: Boolean(calendar),
      year,
      publicHolidays: vietnamPublicHolidays(year),
      days: await queries.listCalendarDays(tx, tenantId, year),
    };
  });
}

export function saveCalendar(c: Context<AppEnv>, input: CalendarInput) {
  const officeHours = [...input.officeHours].sort((a, b) => a.start.localeCompare(b.start));
  const workingWeekdays = [...new Set(input.workingWeekdays)].sort();
  return inTenant(c, async (tx, tenantId) => {
    await queries.saveWorkingCalendar(tx, tenantId, { officeHours, workingWeekdays });
    await audit(c, tx, tenantId, {
      action: 'settings.calendar_updated',
      details: { officeHours, workingWeekdays },
    });
  });
}

export function saveCalendarDay(
  c: Context<AppEnv>,
  input: { day: string; kind: 'day_off' | 'workday'; name: string },
) {
  return inTenant(c, async (tx, tenantId) => {
    await queries.saveCalendarDay(tx, tenantId, input);
    await audit(c, tx, tenantId, { action: 'settings.calendar_day_saved', details: input });
  });
}

export function deleteCalendarDay(c: Context<AppEnv>, day: string) {
  return inTenant(c, async (tx, tenantId) => {
    if (!(await queries.deleteCalendarDay(tx, tenantId, day)))
      throw notFound('Không có ngày này trong lịch.');
    await audit(c, tx, tenantId, { action: 'settings.calendar_day_deleted', details: { day } });
  });
}
