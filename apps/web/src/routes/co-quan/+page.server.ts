import { formatDateTime } from '$lib/format.js';
import { apiClient, unwrap } from '$lib/server/api.js';
import { toAgencyView } from '$lib/server/directory.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const profile = requireTenant(event.locals);
  const api = apiClient(event);
  const [agencies, ivr] = await Promise.all([
    api.v1.agencies.$get().then(unwrap),
    api.v1.ivr.$get().then(unwrap),
  ]);
  return {
    tenantName: profile.tenant.officialName,
    agencies: agencies.agencies.map(toAgencyView),
    ivrBranches: ivr.branches,
    updatedAt: formatDateTime(new Date()),
  };
};
