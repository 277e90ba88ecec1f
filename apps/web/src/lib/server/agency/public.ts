import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { FeedbackInput } from '@tongdai/contracts';
import { isUuid } from '@tongdai/core';
import * as v from 'valibot';
import { formatDate } from '$lib/format.js';
import { readApiError } from '../api-error.js';
import { apiClient, settle, throwApiError, unwrap, type ApiEvent } from '../api.js';
import { fieldErrors, keptValues, readForm } from '../forms.js';
import { requireTenant } from '../tenant.js';

const TOKEN = /^[0-9a-f]{32}\.[0-9a-z]{1,12}\.[A-Za-z0-9_-]{43}$/;
const notFound = () => error(404, { message: 'Not found', code: 'NOT_FOUND' });

/** `?trang=` as a page number from 1. */
const pageOf = (url: URL) => {
  const n = Number(url.searchParams.get('trang'));
  return Number.isInteger(n) && n >= 1 && n <= 5000 ? n : 1;
};

/** The portal's answered questions: published, redacted texts only. */
export async function loadPublicAnswers(event: ApiEvent) {
  const profile = requireTenant(event.locals);
  const topic = event.url.searchParams.get('chu-de');
  const page = pageOf(event.url);
  const list = await unwrap(
    await apiClient(event)['v1']['public-answers'].$get({
      query: { page: String(page), ...(topic && /^[A-Za-z0-9_-]{1,32}$/.test(topic) ? { topic } : {}) },
    }),
  );
  return {
    tenantName: profile.tenant.officialName,
    topics: profile.topics.map((t) => ({ code: t.code, name: t.name })),
    topic,
    page: list.page,
    pages: Math.max(1, Math.ceil(list.total / list.pageSize)),
    total: list.total,
    answers: list.answers.map((a) => ({ ...a, publishedAt: formatDate(a.publishedAt) })),
  };
}

export async function loadPublicAnswer(event: ApiEvent & Pick<RequestEvent, 'params'>) {
  const profile = requireTenant(event.locals);
  const id = (event.params as Record<string, string>).id ?? '';
  if (!isUuid(id)) notFound();
  const res = await apiClient(event)['v1']['public-answers'][':id'].$get({ param: { id } });
  if (res.status === 404) notFound();
  const { answer } = await unwrap(res);
  return {
    tenantName: profile.tenant.officialName,
    answer: { ...answer, publishedAt: formatDate(answer.publishedAt) },
  };
}

function tokenOf(event: Pick<RequestEvent, 'params'>): string {
  const token = (event.params as Record<string, string>).token ?? '';
  if (!TOKEN.test(token)) notFound();
  return token;
}

/** The citizen's feedback page behind the signed link: 404 for any link this province did not sign. */
export async function loadFeedbackLink(event: ApiEvent & Pick<RequestEvent, 'params'>) {
  const profile = requireTenant(event.locals);
  const token = tokenOf(event);
  const res = await apiClient(event).v1.feedback[':token'].$get({ param: { token } });
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    if (res.status === 404 || readApiError(body)?.code === 'VALIDATION_FAILED') notFound();
    throwApiError(res.status, body);
  }
  const { feedback } = await res.json();
  return {
    tenantName: profile.tenant.officialName,
    feedback: { ...feedback, closesAt: feedback.closesAt ? formatDate(feedback.closesAt) : null },
  };
}

export async function submitFeedbackAction(event: ApiEvent & Pick<RequestEvent, 'params'>) {
  requireTenant(event.locals);
  const token = tokenOf(event);
  const values = await readForm(event.request);
  const input = {
    rating: Number(values.rating ?? ''),
    ...(values.comment ? { comment: values.comment } : {}),
    reopen: values.reopen === 'on',
  };
  const parsed = v.safeParse(FeedbackInput, input);
  const refuse = (issues: { path: string; message: string }[], message?: string, status = 400) => {
    const mapped = fieldErrors(issues);
    return fail(status, {
      values: keptValues(values),
      errors: mapped.errors,
      message: message ?? mapped.message,
    });
  };
  if (!parsed.success) {
    return refuse(parsed.issues.map((i) => ({ path: v.getDotPath(i) ?? '', message: i.message })));
  }
  const result = await settle(
    await apiClient(event).v1.feedback[':token'].$post({ param: { token }, json: parsed.output }),
  );
  if (!result.ok) return refuse(result.error.issues ?? [], result.error.message, result.status);
  return { done: true, reopened: result.data.reopened };
}
