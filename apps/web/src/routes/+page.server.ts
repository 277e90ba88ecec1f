import { apiClient, unwrap } from '$lib/server/api.js';
import { toChannelView } from '$lib/server/channels.js';
import { baseDomain } from '$lib/server/env.js';
import { requireTenant } from '$lib/server/tenant.js';
import { tenantUrl } from '$lib/server/urls.js';
import type { PageServerLoad } from './$types';

/** One address, three sites: the platform landing, the ministry view, or a province's home. */
export const load: PageServerLoad = async (event) => {
  const { locals, url } = event;
  if (locals.target === 'national') return { view: 'national' as const };

  if (locals.target === 'platform') {
    const { tenants } = await unwrap(await apiClient(event).v1.platform.tenants.$get());
    const base = baseDomain();
    return {
      view: 'platform' as const,
      tenants: tenants.map((tenant) => ({ ...tenant, url: tenantUrl(url, tenant.slug, base) })),
    };
  }

  const profile = requireTenant(locals);
  const { entries } = await unwrap(await apiClient(event).v1.faq.$get({ query: { limit: '10' } }));
  return {
    view: 'tenant' as const,
    tenant: profile.tenant,
    channels: profile.channels.map((channel) => toChannelView(channel, profile.tenant.areaCode)),
    topics: profile.topics,
    faq: entries,
  };
};
