import { requireTenant } from '$lib/server/tenant.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  requireTenant(locals);
};
