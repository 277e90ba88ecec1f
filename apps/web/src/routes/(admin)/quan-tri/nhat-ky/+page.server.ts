import { loadAudit } from '$lib/server/audit.js';
import { requirePermission } from '$lib/server/guards.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireTenant(event.locals);
  requirePermission(event, 'audit.read');
  return { audit: await loadAudit(event) };
};
