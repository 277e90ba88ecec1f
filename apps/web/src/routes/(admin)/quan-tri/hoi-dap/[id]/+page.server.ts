import { error, fail, redirect } from '@sveltejs/kit';
import { FaqUpdateInput } from '@tongdai/contracts';
import { isUuid } from '@tongdai/core';
import { formatDate, formatDateTime } from '$lib/format.js';
import { t } from '$lib/i18n/index.js';
import { apiClient, settle } from '$lib/server/api.js';
import { faqManager, faqReferences, parseFaqForm } from '$lib/server/faq-admin.js';
import { apiFailure, invalid, readForm } from '$lib/server/forms.js';
import { guardApiError } from '$lib/server/guards.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function entryId(event: RequestEvent | Parameters<PageServerLoad>[0]) {
  if (!isUuid(event.params.id)) error(404, { message: 'Not found', code: 'NOT_FOUND' });
  return event.params.id;
}

export const load: PageServerLoad = async (event) => {
  faqManager(event);
  const id = entryId(event);
  const res = await apiClient(event).v1.faq.manage.entries[':id'].$get({ param: { id } });
  if (!res.ok) guardApiError(event, res.status, await res.json().catch(() => null));
  const { entry, revisions } = await res.json();
  return {
    done: event.url.searchParams.get('done'),
    references: await faqReferences(event),
    entry: { ...entry, updatedAt: formatDate(entry.updatedAt) },
    values: {
      question: entry.question,
      answer: entry.answer,
      topicId: entry.topicId ?? '',
      keywords: entry.keywords.join('; '),
      sourceAgencyId: entry.sourceAgencyId ?? '',
      state: entry.state,
      validUntil: entry.validUntil ?? '',
      revision: String(entry.revision),
    },
    revisions: revisions.map((r) => ({ ...r, at: formatDateTime(r.at) })),
  };
};

export const actions: Actions = {
  save: async (event) => {
    faqManager(event);
    const id = entryId(event);
    const values = await readForm(event.request);
    const parsed = parseFaqForm(FaqUpdateInput, values);
    if (!parsed.ok) return invalid(values, parsed, { form: 'save' });
    const res = await apiClient(event).v1.faq.manage.entries[':id'].$patch({
      param: { id },
      json: parsed.output,
    });
    const result = await settle(res);
    if (!result.ok) return apiFailure(result, values, { form: 'save' });
    redirect(303, `/quan-tri/hoi-dap/${id}?done=saved`);
  },
  delete: async (event) => {
    faqManager(event);
    const id = entryId(event);
    const values = await readForm(event.request);
    if (values.confirm !== 'yes') {
      return fail(400, {
        form: 'delete',
        values: {},
        errors: { confirm: t(event.locals.locale, 'faqAdmin.deleteNeedsConfirm') },
      });
    }
    const result = await settle(
      await apiClient(event).v1.faq.manage.entries[':id'].$delete({ param: { id } }),
    );
    if (!result.ok) return apiFailure(result, {}, { form: 'delete' });
    redirect(303, '/quan-tri/hoi-dap?done=deleted');
  },
};
