import { loadDuplicates, mergeAction } from '$lib/server/agency/operator.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  ...(await loadDuplicates(event)),
  mergedHere: event.url.searchParams.get('da-gop'),
});

export const actions: Actions = { merge: mergeAction };
