import { channelActions, loadChannels } from '$lib/server/settings/channels.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadChannels(event);
export const actions: Actions = channelActions;
