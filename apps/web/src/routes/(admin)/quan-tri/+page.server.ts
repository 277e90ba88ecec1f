import { apiClient } from '$lib/server/api.js';
import { requirePermission, unwrapFor } from '$lib/server/guards.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const profile = requireTenant(event.locals);
  const me = requirePermission(event, 'members.manage');
  const api = apiClient(event);
  const { members } = await unwrapFor(event, await api.v1.members.$get({ query: { status: 'pending' } }));
  return {
    tenantName: profile.tenant.name,
    pendingCount: members.length,
    onboarding: profile.tenant.status === 'onboarding',
    canConfigure: (me.permissions as readonly string[]).includes('settings.manage'),
  };
};
