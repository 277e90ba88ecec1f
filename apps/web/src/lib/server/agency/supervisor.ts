import { error, fail, type RequestEvent } from '@sveltejs/kit';
import {
  CaseSettingsInput,
  ExtensionApproveInput,
  ExtensionRefuseInput,
  FeedbackSummaryQuery,
} from '@tongdai/contracts';
import { isUuid } from '@tongdai/core';
import * as v from 'valibot';
import { formatDateTime } from '$lib/format.js';
import { apiClient, settle, type ApiEvent } from '../api.js';
import { fieldErrors, keptValues, readForm } from '../forms.js';
import { requirePermission, unwrapFor } from '../guards.js';
import { requireTenant } from '../tenant.js';
import { extensionRow } from './portal.js';

type ActionEvent = Pick<
  RequestEvent,
  'url' | 'fetch' | 'locals' | 'request' | 'cookies' | 'getClientAddress'
>;

/** Supervisors' extension queue: requests waiting first, then the latest decisions. */
export async function loadExtensions(event: ApiEvent) {
  requireTenant(event.locals);
  requirePermission(event, 'cases.supervise');
  const api = apiClient(event);
  const { extensions } = await unwrapFor(event, await api.v1.extensions.$get({ query: {} }));
  return {
    pending: extensions.filter((e) => e.status === 'pending').map(extensionRow),
    decided: extensions
      .filter((e) => e.status !== 'pending')
      .slice(0, 30)
      .map(extensionRow),
  };
}

function failure(
  form: string,
  target: string,
  values: Record<string, string>,
  issues: { path: string; message: string }[],
  message?: string,
) {
  const mapped = fieldErrors(issues);
  return fail(400, {
    form,
    target,
    values: keptValues(values),
    errors: mapped.errors,
    message: message ?? mapped.message,
  });
}

/** Approve (optionally another deadline) or refuse (with the reason) one request. */
export async function decideExtensionAction(event: ActionEvent, approve: boolean) {
  requireTenant(event.locals);
  requirePermission(event, 'cases.supervise');
  const values = await readForm(event.request);
  const id = values.id ?? '';
  if (!isUuid(id)) error(400, { message: 'Bad request', code: 'BAD_REQUEST' });
  const form = approve ? 'approve' : 'refuse';
  const input = approve
    ? { note: values.note ?? '', ...(values.grantedDueAt ? { grantedDueAt: values.grantedDueAt } : {}) }
    : { note: values.note ?? '' };
  const schema = approve ? ExtensionApproveInput : ExtensionRefuseInput;
  const parsed = v.safeParse(schema, input);
  if (!parsed.success) {
    const issues = parsed.issues.map((i) => ({ path: v.getDotPath(i) ?? '', message: i.message }));
    return failure(form, id, values, issues);
  }
  const api = apiClient(event);
  const res = approve
    ? await api.v1.extensions[':id'].approve.$post({ param: { id }, json: input })
    : await api.v1.extensions[':id'].refuse.$post({ param: { id }, json: { note: values.note ?? '' } });
  const result = await settle(res);
  if (!result.ok) return failure(form, id, values, result.error.issues ?? [], result.error.message);
  return { form, target: id, done: approve ? 'approved' : 'refused', code: result.data.extension.caseCode };
}

/** Ratings over a period, and the province's handling settings (editable by its admin). */
export async function loadFeedbackPage(event: ApiEvent) {
  requireTenant(event.locals);
  const user = requirePermission(event, 'reports.read');
  const query = v.safeParse(FeedbackSummaryQuery, {
    ...(event.url.searchParams.get('tu') ? { from: event.url.searchParams.get('tu') } : {}),
    ...(event.url.searchParams.get('den') ? { to: event.url.searchParams.get('den') } : {}),
  });
  const api = apiClient(event);
  const range = query.success ? query.output : {};
  const summary = await unwrapFor(
    event,
    await api.v1.feedback.summary.$get({
      query: { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) },
    }),
  );
  const { settings } = await unwrapFor(event, await api.v1['case-settings'].$get());
  return {
    range,
    rangeError: query.success ? null : (query.issues[0]?.message ?? null),
    summary: {
      ...summary,
      recent: summary.recent.map((r) => ({ ...r, createdAt: formatDateTime(r.createdAt) })),
    },
    settings,
    canEditSettings: (user.permissions as readonly string[]).includes('settings.manage'),
  };
}

export async function saveSettingsAction(event: ActionEvent) {
  requireTenant(event.locals);
  requirePermission(event, 'settings.manage');
  const values = await readForm(event.request);
  const input = {
    autoRelay: values.autoRelay === 'on',
    feedbackWindowDays: Number(values.feedbackWindowDays),
  };
  const parsed = v.safeParse(CaseSettingsInput, input);
  if (!parsed.success) {
    const issues = parsed.issues.map((i) => ({ path: v.getDotPath(i) ?? '', message: i.message }));
    return failure('settings', '', values, issues);
  }
  const result = await settle(await apiClient(event).v1['case-settings'].$put({ json: parsed.output }));
  if (!result.ok) return failure('settings', '', values, result.error.issues ?? [], result.error.message);
  return { form: 'settings', done: 'saved' };
}
