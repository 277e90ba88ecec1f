import { redirect } from '@sveltejs/kit';
import { ResetPasswordInput } from '@tongdai/contracts';
import { apiClient, settle } from '$lib/server/api.js';
import { apiFailure, invalid, parseForm, readForm } from '$lib/server/forms.js';
import { requireSite } from '$lib/server/tenant.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  requireSite(locals);
  return { token: url.searchParams.get('token') ?? '' };
};

export const actions: Actions = {
  default: async (event) => {
    requireSite(event.locals);
    const values = await readForm(event.request);
    const parsed = parseForm(ResetPasswordInput, values);
    if (!parsed.ok) return invalid(values, parsed);
    const result = await settle(await apiClient(event).v1.auth.password.reset.$post({ json: parsed.output }));
    if (!result.ok) return apiFailure(result, values);
    redirect(303, '/dang-nhap?notice=password-reset');
  },
};
