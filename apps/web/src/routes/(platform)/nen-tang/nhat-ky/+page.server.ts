import { loadAudit } from '$lib/server/audit.js';
import { requirePermission } from '$lib/server/guards.js';
import { requireHostKind } from '$lib/server/tenant.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireHostKind(event.locals, 'platform');
  requirePermission(event, 'tenants.manage');
  return { audit: await loadAudit(event) };
};
