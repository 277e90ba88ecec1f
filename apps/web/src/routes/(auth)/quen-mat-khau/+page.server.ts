import { ForgotPasswordInput } from '@tongdai/contracts';
import { apiClient, settle } from '$lib/server/api.js';
import { apiFailure, invalid, parseForm, readForm } from '$lib/server/forms.js';
import { requireSite } from '$lib/server/tenant.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  requireSite(locals);
};

export const actions: Actions = {
  default: async (event) => {
    requireSite(event.locals);
    const values = await readForm(event.request);
    const parsed = parseForm(ForgotPasswordInput, values);
    if (!parsed.ok) return invalid(values, parsed);
    const result = await settle(
      await apiClient(event).v1.auth.password.forgot.$post({ json: parsed.output }),
    );
    if (!result.ok) return apiFailure(result, values);
    // The API answers the same whether or not the e-mail has an account, and so does this page.
    return { sentTo: parsed.output.email };
  },
};
