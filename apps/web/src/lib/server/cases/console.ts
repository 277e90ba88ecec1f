import { redirect, type RequestEvent } from '@sveltejs/kit';
import { CreateCaseInput } from '@tongdai/contracts';
import * as v from 'valibot';
import { apiQuery, filtersFromSearch } from '$lib/cases/filters.js';
import { caseRow } from '$lib/cases/display.js';
import { newCallField, newCallInput, parseFaqChoice, topicForAnswer } from '$lib/cases/forms.js';
import { t } from '$lib/i18n/index.js';
import { apiClient, settle, unwrap } from '../api.js';
import { readForm } from '../forms.js';
import { requirePermission, unwrapFor } from '../guards.js';
import { requireTenant } from '../tenant.js';
import { refusal, schemaIssues } from './act.js';
import { loadNotifications } from './notifications.js';

export const INBOX_PAGE_SIZE = 25;

type ConsoleEvent = Pick<
  RequestEvent,
  'url' | 'fetch' | 'locals' | 'request' | 'cookies' | 'getClientAddress'
>;

/** The operator console: the inbox with the URL's filters, the new-call form, one's notifications. */
export async function loadConsole(event: ConsoleEvent) {
  const profile = requireTenant(event.locals);
  const user = requirePermission(event, 'cases.handle');
  const { filters, ignored } = filtersFromSearch(event.url.searchParams);
  const api = apiClient(event);
  const [list, { agencies }, notifications] = await Promise.all([
    api.v1.cases
      .$get({ query: apiQuery(filters, { limit: INBOX_PAGE_SIZE }) })
      .then((res) => unwrapFor(event, res)),
    api.v1.agencies.$get().then(unwrap),
    loadNotifications(event, true),
  ]);
  return {
    tenantName: profile.tenant.officialName,
    me: { id: user.user.id, name: user.user.name, role: user.role },
    filters,
    ignored,
    pageSize: INBOX_PAGE_SIZE,
    rows: list.cases.map(caseRow),
    nextCursor: list.nextCursor,
    topics: profile.topics.map((topic) => ({ id: topic.id, code: topic.code, name: topic.name })),
    agencies: agencies.map((a) => ({ value: a.id, label: a.name })),
    notifications,
    // A fresh key per form shown: a double submit or a retried request creates one case only.
    callKey: crypto.randomUUID(),
  };
}

/**
 * The quick form's two buttons: save the call, or save it and answer at once from an FAQ entry
 * (classified with the chosen topic, else the entry's). Both go on to the case page.
 */
export async function recordCall(event: ConsoleEvent, mode: 'save' | 'answer') {
  const profile = requireTenant(event.locals);
  requirePermission(event, 'cases.handle');
  const locale = event.locals.locale;
  const values = await readForm(event.request);
  const input = newCallInput(values);
  const choice = mode === 'answer' ? parseFaqChoice(values.faq) : null;
  if (choice) {
    const topicId = topicForAnswer(input.topicId, choice, profile.topics);
    if (!topicId) {
      return refusal(400, 'call', values, [{ path: 'topicId', message: t(locale, 'console.needTopic') }]);
    }
    input.topicId = topicId;
  }
  const parsed = v.safeParse(CreateCaseInput, input);
  if (!parsed.success) {
    return refusal(400, 'call', values, schemaIssues(parsed.issues), undefined, undefined, newCallField);
  }
  const api = apiClient(event);
  const created = await settle(
    await api.v1.cases.$post({
      header: { 'idempotency-key': values.key ?? '' },
      // Checked above with the same schema the API validates with.
      json: input as v.InferInput<typeof CreateCaseInput>,
    }),
  );
  if (!created.ok) {
    const e = created.error;
    return refusal(created.status, 'call', values, e.issues ?? [], e.message, e.code, newCallField);
  }
  const kase = created.data.case;
  const page = `/tong-dai-vien/yeu-cau/${kase.id}`;
  if (!choice) redirect(303, `${page}?done=created`);
  const answered = await settle(
    await api.v1.cases[':id']['answer-from-faq'].$post({
      param: { id: kase.id },
      json: { version: kase.version, faqId: choice.faqId },
    }),
  );
  // The call is saved either way; a refused answer is explained on the case page.
  redirect(303, answered.ok ? `${page}?done=answered` : `${page}?done=created&faqRefused=1`);
}
