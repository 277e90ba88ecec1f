import { decideExtensionAction, loadExtensions } from '$lib/server/agency/supervisor.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadExtensions(event);

export const actions: Actions = {
  approve: (event) => decideExtensionAction(event, true),
  refuse: (event) => decideExtensionAction(event, false),
};
