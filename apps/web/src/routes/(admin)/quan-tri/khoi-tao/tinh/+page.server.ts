import { loadProvince, provinceActions } from '$lib/server/settings/province.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadProvince(event);
export const actions: Actions = provinceActions;
