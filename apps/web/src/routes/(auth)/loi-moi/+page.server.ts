import { redirect } from '@sveltejs/kit';
import { AcceptInviteInput } from '@tongdai/contracts';
import { formatDateTime } from '$lib/format.js';
import { apiClient, settle } from '$lib/server/api.js';
import { apiFailure, invalid, parseForm, readForm } from '$lib/server/forms.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const profile = requireTenant(event.locals);
  const token = event.url.searchParams.get('token') ?? '';
  const base = { tenantName: profile.tenant.officialName, token };
  if (!token) return { ...base, invite: null, previewError: null };
  const preview = await settle(await apiClient(event).v1.auth.invitations.preview.$post({ json: { token } }));
  if (!preview.ok) return { ...base, invite: null, previewError: preview.error.message || null };
  const { email, role, expiresAt } = preview.data;
  return { ...base, invite: { email, role, expiresAt: formatDateTime(expiresAt) }, previewError: null };
};

export const actions: Actions = {
  default: async (event) => {
    requireTenant(event.locals);
    const values = await readForm(event.request);
    const parsed = parseForm(AcceptInviteInput, values);
    if (!parsed.ok) return invalid(values, parsed);
    const result = await settle(
      await apiClient(event).v1.auth.invitations.accept.$post({ json: parsed.output }),
    );
    if (!result.ok) return apiFailure(result, values);
    redirect(303, '/dang-nhap?notice=invite-accepted');
  },
};
