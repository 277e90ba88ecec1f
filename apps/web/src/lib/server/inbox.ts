import type { Permission } from '@tongdai/core';
import { formatDateTime } from '$lib/format.js';
import { apiClient, unwrap, type ApiEvent } from './api.js';
import { requirePermission, unwrapFor } from './guards.js';
import { requireTenant } from './tenant.js';

/** The request inbox of a role home: the API already masks phones and limits agency staff to their agency. */
export async function loadInbox(event: ApiEvent, permission: Permission) {
  const profile = requireTenant(event.locals);
  const user = requirePermission(event, permission);
  const api = apiClient(event);
  const { cases } = await unwrapFor(event, await api.v1.cases.$get({ query: {} }));
  let agencyName: string | null = null;
  if (permission === 'cases.read_agency' && user.agencyId) {
    const { agencies } = await unwrap(await api.v1.agencies.$get());
    agencyName = agencies.find((a) => a.id === user.agencyId)?.name ?? null;
  }
  return {
    tenantName: profile.tenant.officialName,
    me: { name: user.user.name, role: user.role },
    agencyName,
    cases: cases.map((c) => ({
      id: c.id,
      code: c.code,
      channel: c.channel,
      receivedAt: formatDateTime(c.receivedAt),
      status: c.status,
      agencyName: c.agencyName,
      phone: c.citizenPhone,
    })),
  };
}

export type InboxData = Awaited<ReturnType<typeof loadInbox>>;
