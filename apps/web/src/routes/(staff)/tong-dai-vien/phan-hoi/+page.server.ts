import { loadFollowUp, markRelayDoneAction } from '$lib/server/agency/operator.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadFollowUp(event);

export const actions: Actions = { relayDone: markRelayDoneAction };
