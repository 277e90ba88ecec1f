import { loadFeedbackLink, submitFeedbackAction } from '$lib/server/agency/public.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadFeedbackLink(event);

export const actions: Actions = { default: submitFeedbackAction };
