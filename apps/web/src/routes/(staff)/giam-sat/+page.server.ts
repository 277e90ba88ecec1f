import { loadInbox } from '$lib/server/inbox.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ inbox: await loadInbox(event, 'cases.read_all') });
