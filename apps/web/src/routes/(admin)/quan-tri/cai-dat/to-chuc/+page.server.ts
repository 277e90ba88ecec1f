import { agencyActions, loadAgencies } from '$lib/server/settings/agencies.js';
import { importActions } from '$lib/server/settings/agency-import.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadAgencies(event);
export const actions: Actions = { ...agencyActions, ...importActions };
