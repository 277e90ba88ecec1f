import { loadConsole, recordCall } from '$lib/server/cases/console.js';
import { markNotificationRead } from '$lib/server/cases/notifications.js';
import type { Actions, PageServerLoad } from './$types';

// The console is interactive (live inbox, suggestions while typing, keyboard shortcuts).
export const csr = true;

export const load: PageServerLoad = (event) => loadConsole(event);

export const actions: Actions = {
  call: (event) => recordCall(event, 'save'),
  answer: (event) => recordCall(event, 'answer'),
  read: (event) => markNotificationRead(event),
};
