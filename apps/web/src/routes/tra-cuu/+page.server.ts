import { redirect } from '@sveltejs/kit';
import { PublicStatusLookupInput } from '@tongdai/contracts';
import * as v from 'valibot';
import { apiClient, settle } from '$lib/server/api.js';
import { apiFailure, fieldErrors, invalid, readForm } from '$lib/server/forms.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
  tenantName: requireTenant(locals).tenant.officialName,
});

export const actions: Actions = {
  default: async (event) => {
    requireTenant(event.locals);
    const values = await readForm(event.request);
    const input = { code: values['code'] ?? '', contact: values['contact'] ?? '' };
    const parsed = v.safeParse(PublicStatusLookupInput, input);
    if (!parsed.success) {
      const issues = parsed.issues.map((i) => ({ path: v.getDotPath(i) ?? '', message: i.message }));
      return invalid(input, fieldErrors(issues));
    }
    // The API takes the contact as typed; it normalises it the same way.
    const result = await settle(await apiClient(event).v1.public.status.$post({ json: input }));
    if (!result.ok) return apiFailure(result, input);
    redirect(303, `/tra-cuu/${result.data.statusToken}`);
  },
};
