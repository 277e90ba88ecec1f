import { loadPublicAnswers } from '$lib/server/agency/public.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadPublicAnswers(event);
