import { loadAgencyHome } from '$lib/server/agency/portal.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  home: await loadAgencyHome(event),
  returned: event.url.searchParams.get('da-tra-lai'),
});
