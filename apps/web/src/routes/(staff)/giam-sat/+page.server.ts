import { markNotificationRead } from '$lib/server/cases/notifications.js';
import { loadSupervisor } from '$lib/server/cases/supervisor.js';
import type { Actions, PageServerLoad } from './$types';

// The queues refresh themselves when cases change (live updates).
export const csr = true;

export const load: PageServerLoad = (event) => loadSupervisor(event);

export const actions: Actions = {
  read: (event) => markNotificationRead(event),
};
