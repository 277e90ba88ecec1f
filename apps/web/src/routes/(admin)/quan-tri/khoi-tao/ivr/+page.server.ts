import { ivrActions, loadIvr } from '$lib/server/settings/ivr.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadIvr(event);
export const actions: Actions = ivrActions;
