import { calendarActions, loadCalendar } from '$lib/server/settings/calendar.js';
import { loadSla, slaActions } from '$lib/server/settings/sla.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const [sla, calendar] = await Promise.all([loadSla(event), loadCalendar(event)]);
  return { ...sla, ...calendar };
};
export const actions: Actions = { ...slaActions, ...calendarActions };
