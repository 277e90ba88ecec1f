import { redirect } from '@sveltejs/kit';
import { FaqInput } from '@tongdai/contracts';
import { apiClient, settle } from '$lib/server/api.js';
import { faqManager, faqReferences, parseFaqForm } from '$lib/server/faq-admin.js';
import { apiFailure, invalid, readForm } from '$lib/server/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  faqManager(event);
  return { references: await faqReferences(event) };
};

export const actions: Actions = {
  save: async (event) => {
    faqManager(event);
    const values = await readForm(event.request);
    const parsed = parseFaqForm(FaqInput, values);
    if (!parsed.ok) return invalid(values, parsed);
    const result = await settle(await apiClient(event).v1.faq.manage.entries.$post({ json: parsed.output }));
    if (!result.ok) return apiFailure(result, values);
    redirect(303, `/quan-tri/hoi-dap/${result.data.entry.id}?done=created`);
  },
};
