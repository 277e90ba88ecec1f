import { TokenInput } from '@tongdai/contracts';
import { apiClient, settle } from '$lib/server/api.js';
import { apiFailure, invalid, parseForm, readForm } from '$lib/server/forms.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { Actions, PageServerLoad } from './$types';

// Confirmation needs a press: mail scanners that open links must not use the one-time token up.
export const load: PageServerLoad = ({ locals, url }) => {
  requireTenant(locals);
  return { token: url.searchParams.get('token') ?? '' };
};

export const actions: Actions = {
  default: async (event) => {
    requireTenant(event.locals);
    const values = await readForm(event.request);
    const parsed = parseForm(TokenInput, values);
    if (!parsed.ok) return invalid(values, parsed);
    const result = await settle(
      await apiClient(event).v1.auth['verify-email'].$post({ json: parsed.output }),
    );
    if (!result.ok) return apiFailure(result, values);
    return { verified: true };
  },
};
