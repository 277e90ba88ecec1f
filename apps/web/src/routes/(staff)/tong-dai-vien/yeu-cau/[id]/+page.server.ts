import { caseActions } from '$lib/server/cases/case-actions.js';
import { loadCasePage } from '$lib/server/cases/case-page.js';
import type { Actions, PageServerLoad } from './$types';

// Dialogs, one-click outcomes, live "changed elsewhere" notice and keyboard shortcuts need the browser.
export const csr = true;

export const load: PageServerLoad = (event) => loadCasePage(event);

export const actions: Actions = caseActions;
