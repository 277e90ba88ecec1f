import { CalendarDayInput, CalendarInput } from '@tongdai/contracts';
import { compensatoryDaysOff, isoWeekdayOfLocalDate, toLocalMoment } from '@tongdai/core';
import { calendarDayFromForm, calendarFromForm } from '$lib/settings/resource-forms.js';
import { apiClient } from '../api.js';
import { unwrapFor } from '../guards.js';
import { settingsAdmin, submitForm, submitId, type SettingsEvent } from './common.js';

const yearOf = (url: URL, fallback: number) => {
  const year = Number(url.searchParams.get('nam'));
  return Number.isInteger(year) && year >= 2000 && year <= 2099 ? year : fallback;
};

/** Office hours, the statutory holidays of a year (`?nam=2027`) and the province's own days that year. */
export async function loadCalendar(event: SettingsEvent) {
  const profile = settingsAdmin(event);
  const current = Number(toLocalMoment(new Date(), profile.tenant.timeZone).date.slice(0, 4));
  const year = yearOf(event.url, current);
  const calendar = await unwrapFor(
    event,
    await apiClient(event).v1.settings.calendar.$get({ query: { year: String(year) } }),
  );
  const own = new Set(calendar.days.map((d) => d.day));
  // Holidays on a rest day give a day in lieu (Labour Code art. 111(3)); offered, not added silently.
  const inLieu = compensatoryDaysOff(
    calendar.publicHolidays.map((h) => h.date),
    calendar.workingWeekdays,
  ).filter((day) => !own.has(day));
  return {
    calendar: {
      year,
      thisYear: current,
      officeHours: calendar.officeHours,
      workingWeekdays: calendar.workingWeekdays,
      configured: calendar.configured,
      publicHolidays: calendar.publicHolidays.map((h) => ({ ...h, weekday: isoWeekdayOfLocalDate(h.date) })),
      days: calendar.days.map((d) => ({
        day: d.day,
        kind: d.kind,
        name: d.name,
        weekday: isoWeekdayOfLocalDate(d.day),
      })),
      inLieu: inLieu.map((day) => ({ day, weekday: isoWeekdayOfLocalDate(day) })),
    },
  };
}

export type CalendarData = Awaited<ReturnType<typeof loadCalendar>>['calendar'];

export const calendarActions = {
  calendarSave: (event: SettingsEvent) =>
    submitForm(event, {
      form: 'calendar',
      build: calendarFromForm,
      schema: CalendarInput,
      done: 'saved',
      send: (api, json) => api.v1.settings.calendar.$put({ json }),
    }),
  dayAdd: (event: SettingsEvent) =>
    submitForm(event, {
      form: 'dayAdd',
      build: calendarDayFromForm,
      schema: CalendarDayInput,
      done: 'created',
      send: (api, json) => api.v1.settings.calendar.days.$put({ json }),
    }),
  dayDelete: (event: SettingsEvent) =>
    submitId(
      event,
      'dayDelete',
      (api, day) => api.v1.settings.calendar.days[':day'].$delete({ param: { day } }),
      'deleted',
    ),
};
