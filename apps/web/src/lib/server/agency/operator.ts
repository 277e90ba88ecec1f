import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { PublicationInput, type DuplicateSuggestionView } from '@tongdai/contracts';
import { isUuid } from '@tongdai/core';
import * as v from 'valibot';
import { dueText } from '$lib/cases/display.js';
import { formatDateTime } from '$lib/format.js';
import { apiClient, settle, unwrap } from '../api.js';
import { caseIdOf, type CaseEvent } from '../cases/act.js';
import { fieldErrors, keptValues, readForm } from '../forms.js';
import { requirePermission, unwrapFor } from '../guards.js';
import { requireTenant } from '../tenant.js';

type PageEvent = CaseEvent;

function refused(
  form: string,
  values: Record<string, string>,
  issues: { path: string; message: string }[],
  message?: string,
  status = 400,
) {
  const mapped = fieldErrors(issues);
  return fail(status >= 400 && status <= 599 ? status : 502, {
    form,
    values: keptValues(values),
    errors: mapped.errors,
    message: message ?? mapped.message,
  });
}

/** The redaction review of an answered case: the texts with personal data replaced, and what was found. */
export async function loadPublication(event: PageEvent) {
  requireTenant(event.locals);
  requirePermission(event, 'cases.handle');
  const id = caseIdOf(event);
  const api = apiClient(event);
  const [{ draft }, { case: kase }] = await Promise.all([
    api.v1.cases[':id'].publication.$get({ param: { id } }).then((r) => unwrapFor(event, r)),
    api.v1.cases[':id'].$get({ param: { id } }).then((r) => unwrapFor(event, r)),
  ]);
  return {
    draft: {
      ...draft,
      published: draft.published
        ? { ...draft.published, publishedAt: formatDateTime(draft.published.publishedAt) }
        : null,
    },
    status: kase.status,
    answered: ['answered', 'relayed', 'closed'].includes(kase.status),
  };
}

export async function publishAction(event: PageEvent) {
  requireTenant(event.locals);
  requirePermission(event, 'cases.handle');
  const id = caseIdOf(event);
  const values = await readForm(event.request);
  const input = {
    question: values.question ?? '',
    answer: values.answer ?? '',
    publicQa: values.publicQa === 'on',
    faq: values.faq === 'on',
    ...(values.faqState ? { faqState: values.faqState } : {}),
  };
  const parsed = v.safeParse(PublicationInput, input);
  if (!parsed.success) {
    const issues = parsed.issues.map((i) => ({ path: v.getDotPath(i) ?? '', message: i.message }));
    return refused('publish', values, issues);
  }
  const result = await settle(
    await apiClient(event).v1.cases[':id'].publication.$put({ param: { id }, json: parsed.output }),
  );
  if (!result.ok)
    return refused('publish', values, result.error.issues ?? [], result.error.message, result.status);
  return {
    form: 'publish',
    done: 'published',
    publishedId: result.data.published?.id ?? null,
    faqId: result.data.faqId,
  };
}

export async function withdrawAction(event: PageEvent) {
  requireTenant(event.locals);
  requirePermission(event, 'cases.handle');
  const id = caseIdOf(event);
  const result = await settle(await apiClient(event).v1.cases[':id'].publication.$delete({ param: { id } }));
  if (!result.ok) return refused('withdraw', {}, [], result.error.message, result.status);
  return { form: 'withdraw', done: 'withdrawn' };
}

function suggestion(s: DuplicateSuggestionView) {
  return {
    ...s,
    received: formatDateTime(s.receivedAt),
    percent: s.similarity === null ? null : Math.round(s.similarity * 100),
  };
}

/** The case and its likely duplicates, each with which way a merge would go (newer into older). */
export async function loadDuplicates(event: PageEvent) {
  requireTenant(event.locals);
  requirePermission(event, 'cases.handle');
  const id = caseIdOf(event);
  const api = apiClient(event);
  const [{ case: kase }, { duplicates }] = await Promise.all([
    api.v1.cases[':id'].$get({ param: { id } }).then((r) => unwrapFor(event, r)),
    api.v1.cases[':id'].duplicates.$get({ param: { id } }).then((r) => unwrapFor(event, r)),
  ]);
  return {
    case: {
      id: kase.id,
      code: kase.code,
      status: kase.status,
      receivedAt: kase.receivedAt,
      content: kase.content,
    },
    suggestions: duplicates.map((d) => {
      const older = d.receivedAt <= kase.receivedAt;
      return {
        ...suggestion(d),
        duplicate: older ? { id: kase.id, code: kase.code } : { id: d.id, code: d.code },
        original: older ? { id: d.id, code: d.code } : { id: kase.id, code: kase.code },
      };
    }),
  };
}

/** Merges `duplicateId` into `originalId` at the duplicate's current version. */
export async function mergeAction(event: PageEvent) {
  requireTenant(event.locals);
  requirePermission(event, 'cases.handle');
  const here = caseIdOf(event);
  const values = await readForm(event.request);
  const duplicateId = values.duplicateId ?? '';
  const originalId = values.originalId ?? '';
  if (!isUuid(duplicateId) || !isUuid(originalId))
    error(400, { message: 'Bad request', code: 'BAD_REQUEST' });
  const api = apiClient(event);
  const { case: duplicate } = await unwrap(await api.v1.cases[':id'].$get({ param: { id: duplicateId } }));
  const result = await settle(
    await api.v1.cases[':id'].merge.$post({
      param: { id: duplicateId },
      json: { version: duplicate.version, originalId },
    }),
  );
  if (!result.ok) return refused('merge', values, [], result.error.message, result.status);
  const original = values.originalCode ?? '';
  // The page's own case went away into its original: show the original's duplicates instead.
  if (duplicateId === here) {
    redirect(
      303,
      `/tong-dai-vien/yeu-cau/${originalId}/trung-lap?da-gop=${encodeURIComponent(duplicate.code)}`,
    );
  }
  return { form: 'merge', done: 'merged', duplicate: duplicate.code, original };
}

/** Operators' follow-up: messages waiting for their channel, answered cases to publish. */
export async function loadFollowUp(
  event: Pick<RequestEvent, 'url' | 'fetch' | 'locals' | 'request' | 'cookies' | 'getClientAddress'>,
) {
  requireTenant(event.locals);
  requirePermission(event, 'cases.handle');
  const api = apiClient(event);
  const [{ relays }, answered, fresh] = await Promise.all([
    api.v1.relays.$get().then((r) => unwrapFor(event, r)),
    api.v1.cases
      .$get({ query: { status: 'answered,relayed,closed', limit: '30' } })
      .then((r) => unwrapFor(event, r)),
    api.v1.cases
      .$get({ query: { status: 'received,classified', limit: '20' } })
      .then((r) => unwrapFor(event, r)),
  ]);
  return {
    relays: relays.map((r) => ({ ...r, created: formatDateTime(r.createdAt) })),
    answered: answered.cases.map((c) => ({
      id: c.id,
      code: c.code,
      status: c.status,
      preview: c.preview,
      agencyName: c.agencyName,
      received: formatDateTime(c.receivedAt),
      due: dueText(c.dueAt),
    })),
    fresh: fresh.cases.map((c) => ({
      id: c.id,
      code: c.code,
      channel: c.channel,
      preview: c.preview,
      phone: c.citizenPhone,
      received: formatDateTime(c.receivedAt),
    })),
  };
}

export async function markRelayDoneAction(
  event: Pick<RequestEvent, 'url' | 'fetch' | 'locals' | 'request' | 'cookies' | 'getClientAddress'>,
) {
  requireTenant(event.locals);
  requirePermission(event, 'cases.handle');
  const values = await readForm(event.request);
  const id = values.id ?? '';
  if (!isUuid(id)) error(400, { message: 'Bad request', code: 'BAD_REQUEST' });
  const result = await settle(await apiClient(event).v1.relays[':id'].done.$post({ param: { id } }));
  if (!result.ok) return refused('relay', values, [], result.error.message, result.status);
  return { form: 'relay', done: 'relayDone', code: values.code ?? '' };
}
