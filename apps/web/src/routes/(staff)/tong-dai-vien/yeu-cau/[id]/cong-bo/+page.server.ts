import { loadPublication, publishAction, withdrawAction } from '$lib/server/agency/operator.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadPublication(event);

export const actions: Actions = { publish: publishAction, withdraw: withdrawAction };
