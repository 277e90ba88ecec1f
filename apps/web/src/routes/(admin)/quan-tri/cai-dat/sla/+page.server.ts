import { loadSla, slaActions } from '$lib/server/settings/sla.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadSla(event);
export const actions: Actions = slaActions;
