import { calendarActions, loadCalendar } from '$lib/server/settings/calendar.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadCalendar(event);
export const actions: Actions = calendarActions;
