import { apiClient } from '$lib/server/api.js';
import { requirePermission, unwrapFor } from '$lib/server/guards.js';
import { requireHostKind } from '$lib/server/tenant.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireHostKind(event.locals, 'national');
  requirePermission(event, 'national.read');
  const summary = await unwrapFor(event, await apiClient(event).v1.national.summary.$get());
  return { summary };
};
