import { loadChecklist } from '$lib/server/settings/checklist.js';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => loadChecklist(event);
