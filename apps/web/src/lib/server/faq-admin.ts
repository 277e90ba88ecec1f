import type { RequestEvent } from '@sveltejs/kit';
import { FaqInput, FaqUpdateInput } from '@tongdai/contracts';
import { splitKeywords } from '@tongdai/core';
import * as v from 'valibot';
import { apiClient } from './api.js';
import type { FormValues, Parsed } from './forms.js';
import { requirePermission, unwrapFor } from './guards.js';
import { requireTenant } from './tenant.js';

type Event = Pick<RequestEvent, 'locals' | 'url'>;

/** Every page under /quan-tri/hoi-dap: a province's admin or supervisor (faq.manage). */
export function faqManager(event: Event) {
  requireTenant(event.locals);
  return requirePermission(event, 'faq.manage');
}

/** The edit form's fields as the API's input: keywords split on ";", empty choices as null. */
export function faqFormInput(values: FormValues) {
  const orNull = (s: string | undefined) => (s && s.trim() !== '' ? s : null);
  return {
    question: values.question ?? '',
    answer: values.answer ?? '',
    topicId: orNull(values.topicId),
    keywords: splitKeywords(values.keywords ?? ''),
    sourceAgencyId: orNull(values.sourceAgencyId),
    state: values.state ?? 'draft',
    validUntil: orNull(values.validUntil),
    ...(values.revision !== undefined ? { revision: Number(values.revision) } : {}),
  };
}

/** The same schema the API validates with; errors keyed by field (keywords.3 → keywords). */
export function parseFaqForm<S extends typeof FaqInput | typeof FaqUpdateInput>(
  schema: S,
  values: FormValues,
): Parsed<v.InferOutput<S>> {
  const result = v.safeParse(schema, faqFormInput(values));
  if (result.success) return { ok: true, output: result.output };
  const errors: Record<string, string> = {};
  for (const issue of result.issues) {
    const field = String(issue.path?.[0]?.key ?? '');
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}

/** Topics and agencies for the form's choices. */
export async function faqReferences(event: Parameters<typeof apiClient>[0] & Event) {
  return unwrapFor(event, await apiClient(event).v1.faq.manage.references.$get());
}
