import { redirect } from '@sveltejs/kit';
import { ChangePasswordInput } from '@tongdai/contracts';
import { apiClient, settle } from '$lib/server/api.js';
import { apiFailure, invalid, parseForm, readForm } from '$lib/server/forms.js';
import { requireUser } from '$lib/server/guards.js';
import { requireSite } from '$lib/server/tenant.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  requireSite(event.locals);
  requireUser(event);
};

export const actions: Actions = {
  default: async (event) => {
    requireSite(event.locals);
    requireUser(event);
    const values = await readForm(event.request);
    const parsed = parseForm(ChangePasswordInput, values);
    if (!parsed.ok) return invalid(values, parsed);
    const result = await settle(
      await apiClient(event).v1.auth.password.change.$post({ json: parsed.output }),
    );
    if (!result.ok) return apiFailure(result, values);
    // The API ended every session, this one included: sign in again with the new password.
    redirect(303, '/dang-nhap?notice=password-changed');
  },
};
