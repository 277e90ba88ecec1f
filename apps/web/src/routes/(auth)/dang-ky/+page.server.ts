import { redirect } from '@sveltejs/kit';
import { SignupInput } from '@tongdai/contracts';
import { SELF_SIGNUP_ROLES } from '@tongdai/core';
import { apiClient, settle, unwrap } from '$lib/server/api.js';
import { apiFailure, invalid, parseForm, readForm } from '$lib/server/forms.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const profile = requireTenant(event.locals);
  const { agencies } = await unwrap(await apiClient(event).v1.agencies.$get());
  return {
    tenantName: profile.tenant.officialName,
    roles: SELF_SIGNUP_ROLES,
    agencies: agencies.map((a) => ({ value: a.id, label: a.name })),
  };
};

export const actions: Actions = {
  default: async (event) => {
    requireTenant(event.locals);
    const values = await readForm(event.request);
    const parsed = parseForm(SignupInput, values);
    if (!parsed.ok) return invalid(values, parsed);
    const result = await settle(await apiClient(event).v1.auth.signup.$post({ json: parsed.output }));
    if (!result.ok) return apiFailure(result, values);
    // A page of its own, so reloading it does not send the sign-up again.
    redirect(303, '/dang-ky/da-gui');
  },
};
