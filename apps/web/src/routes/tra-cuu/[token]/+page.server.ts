import { error } from '@sveltejs/kit';
import { formatDate, formatDateTime } from '$lib/format.js';
import { apiClient, throwApiError } from '$lib/server/api.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const profile = requireTenant(event.locals);
  // The token is the key to the case: keep it out of other sites' logs, caches and search engines.
  event.setHeaders({
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    'x-robots-tag': 'noindex',
  });
  const res = await apiClient(event).v1.public.status[':token'].$get({
    param: { token: event.params.token },
  });
  if (!res.ok) {
    const status = res.status as number;
    if (status === 404) error(404, { message: 'Status link not found', code: 'STATUS_NOT_FOUND' });
    throwApiError(status, await res.json().catch(() => null));
  }
  const status = await res.json();
  return {
    tenantName: profile.tenant.officialName,
    justSent: event.url.searchParams.has('da-gui'),
    link: `${event.url.origin}/tra-cuu/${status.statusToken}`,
    status: {
      ...status,
      receivedAt: formatDate(status.receivedAt),
      dueAt: status.dueAt ? formatDateTime(status.dueAt) : null,
      timeline: status.timeline.map((e) => ({ ...e, when: formatDateTime(e.at) })),
    },
  };
};
