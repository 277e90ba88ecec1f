import { error } from '@sveltejs/kit';
import { isUuid } from '@tongdai/core';
import { formatDate } from '$lib/format.js';
import { apiClient, throwApiError } from '$lib/server/api.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { PageServerLoad } from './$types';

/** One published answer; drafts, internal and expired entries are "not found". */
export const load: PageServerLoad = async (event) => {
  const profile = requireTenant(event.locals);
  if (!isUuid(event.params.id)) error(404, { message: 'Not found', code: 'NOT_FOUND' });
  const res = await apiClient(event).v1.faq[':id'].$get({ param: { id: event.params.id } });
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    if (res.status === 404) error(404, { message: 'Not found', code: 'NOT_FOUND' });
    throwApiError(res.status, body);
  }
  const { entry } = await res.json();
  const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return {
    tenantName: profile.tenant.officialName,
    entry,
    updated: formatDate(entry.updatedAt),
    validUntil: entry.validUntil ? vnDate(entry.validUntil) : null,
  };
};
