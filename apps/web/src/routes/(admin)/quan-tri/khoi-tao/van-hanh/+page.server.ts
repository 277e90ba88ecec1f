import { goLiveActions } from '$lib/server/settings/go-live.js';
import type { Actions } from './$types';

export const actions: Actions = goLiveActions;
