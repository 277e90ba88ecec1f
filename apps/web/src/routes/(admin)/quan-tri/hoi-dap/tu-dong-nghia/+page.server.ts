import { redirect } from '@sveltejs/kit';
import { FaqSynonymInput, IdParam } from '@tongdai/contracts';
import { splitEquivalents } from '@tongdai/core';
import * as v from 'valibot';
import { apiClient, settle } from '$lib/server/api.js';
import { faqManager } from '$lib/server/faq-admin.js';
import { apiFailure, invalid, readForm, type FormValues } from '$lib/server/forms.js';
import { unwrapFor } from '$lib/server/guards.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  faqManager(event);
  const { synonyms } = await unwrapFor(event, await apiClient(event).v1.faq.manage.synonyms.$get());
  return { synonyms, done: event.url.searchParams.get('done') };
};

function parse(values: FormValues) {
  const result = v.safeParse(FaqSynonymInput, {
    term: values.term ?? '',
    equivalents: splitEquivalents(values.equivalents ?? ''),
  });
  if (result.success) return { ok: true as const, output: result.output };
  const errors: Record<string, string> = {};
  for (const issue of result.issues) errors[String(issue.path?.[0]?.key ?? 'term')] ??= issue.message;
  return { ok: false as const, errors };
}

const done = (what: string): never => redirect(303, `/quan-tri/hoi-dap/tu-dong-nghia?done=${what}`);

async function save(event: RequestEvent, id: string | null) {
  faqManager(event);
  const values = await readForm(event.request);
  const extra = { form: id ? 'edit' : 'create', target: id ?? '' };
  const parsed = parse(values);
  if (!parsed.ok) return invalid(values, parsed, extra);
  const api = apiClient(event).v1.faq.manage.synonyms;
  const res = id
    ? await api[':id'].$put({ param: { id }, json: parsed.output })
    : await api.$post({ json: parsed.output });
  const result = await settle(res);
  if (!result.ok) return apiFailure(result, values, extra);
  return done(id ? 'saved' : 'created');
}

export const actions: Actions = {
  create: (event) => save(event, null),
  edit: async (event) => {
    const id = event.url.searchParams.get('id') ?? '';
    if (!v.safeParse(IdParam, { id }).success) return done('saved');
    return save(event, id);
  },
  delete: async (event) => {
    faqManager(event);
    const id = event.url.searchParams.get('id') ?? '';
    if (!v.safeParse(IdParam, { id }).success) return done('deleted');
    const result = await settle(
      await apiClient(event).v1.faq.manage.synonyms[':id'].$delete({ param: { id } }),
    );
    if (!result.ok) return apiFailure(result, {}, { form: 'edit', target: id });
    return done('deleted');
  },
};
