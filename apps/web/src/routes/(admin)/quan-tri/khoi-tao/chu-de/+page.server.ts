import { loadTopics, topicActions } from '$lib/server/settings/topics.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadTopics(event);
export const actions: Actions = topicActions;
