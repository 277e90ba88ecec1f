import { loadFeedbackPage, saveSettingsAction } from '$lib/server/agency/supervisor.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadFeedbackPage(event);

export const actions: Actions = { settings: saveSettingsAction };
