import { groupByTopic } from '$lib/faq.js';
import { formatDateTime } from '$lib/format.js';
import { apiClient, unwrap } from '$lib/server/api.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const profile = requireTenant(event.locals);
  // 100 is the API's page size limit; the seeds publish far fewer entries per province.
  const { entries } = await unwrap(await apiClient(event).v1.faq.$get({ query: { limit: '100' } }));
  return {
    tenantName: profile.tenant.officialName,
    count: entries.length,
    groups: groupByTopic(entries),
    updatedAt: formatDateTime(new Date()),
  };
};
