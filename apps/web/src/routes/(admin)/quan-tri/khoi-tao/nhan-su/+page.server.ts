import { loadStaff, staffActions } from '$lib/server/settings/staff.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadStaff(event);
export const actions: Actions = staffActions;
