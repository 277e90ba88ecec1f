import { redirect } from '@sveltejs/kit';
import { PublicRequestInput } from '@tongdai/contracts';
import * as v from 'valibot';
import { requestPayload } from '$lib/portal/timeline.js';
import { apiClient, settle } from '$lib/server/api.js';
import { apiFailure, fieldErrors, invalid, readForm } from '$lib/server/forms.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { Actions, PageServerLoad } from './$types';

// The page is server-rendered and works as a plain form; JavaScript only runs the anti-spam check.
export const csr = true;

export const load: PageServerLoad = ({ locals }) => {
  const profile = requireTenant(locals);
  return {
    tenantName: profile.tenant.officialName,
    topics: profile.topics.map((topic) => ({ value: topic.id, label: topic.name })),
  };
};

export const actions: Actions = {
  default: async (event) => {
    requireTenant(event.locals);
    const values = await readForm(event.request);
    const kept = { ...values, altcha: '' };
    const parsed = v.safeParse(PublicRequestInput, requestPayload(values));
    if (!parsed.success) {
      const issues = parsed.issues.map((i) => ({ path: v.getDotPath(i) ?? '', message: i.message }));
      return invalid(kept, fieldErrors(issues));
    }
    const result = await settle(await apiClient(event).v1.public.requests.$post({ json: parsed.output }));
    if (!result.ok) return apiFailure(result, kept);
    // The status page is the confirmation: the code, the link to keep, and reloading sends nothing again.
    redirect(303, `/tra-cuu/${result.data.statusToken}?da-gui=1`);
  },
};
