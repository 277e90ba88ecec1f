import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { isUuid } from '@tongdai/core';
import * as v from 'valibot';
import type { CaseActionDone, CaseActionFailure } from '$lib/cases/types.js';
import { apiClient, settle, type ApiClient, type ApiResponse } from '../api.js';
import { fieldErrors, keptValues, readForm, type FormValues } from '../forms.js';
import { requirePermission } from '../guards.js';
import { requireTenant } from '../tenant.js';

export type CaseEvent = Pick<
  RequestEvent,
  'url' | 'fetch' | 'locals' | 'request' | 'cookies' | 'getClientAddress' | 'params'
>;

/** The case id of the URL; anything else is a 404 before the API is asked. */
export function caseIdOf(event: Pick<RequestEvent, 'params'>): string {
  const id = (event.params as Record<string, string | undefined>).id ?? '';
  if (!isUuid(id)) error(404, { message: 'Not found', code: 'NOT_FOUND' });
  return id.toLowerCase();
}

export function refusal(
  status: number,
  form: string,
  values: FormValues,
  issues: { path: string; message: string }[],
  message?: string,
  code?: string,
  field: (path: string) => string = (p) => p,
) {
  const mapped = fieldErrors(issues.map((i) => ({ path: field(i.path), message: i.message })));
  const failure: CaseActionFailure = {
    form,
    values: keptValues(values),
    errors: mapped.errors,
    message: message || mapped.message,
    code,
  };
  return fail(status >= 400 && status <= 599 ? status : 502, failure);
}

export function schemaIssues(issues: v.BaseIssue<unknown>[]) {
  return issues.map((i) => ({ path: v.getDotPath(i) ?? '', message: i.message }));
}

export interface CaseActionSpec<S extends v.GenericSchema, T> {
  form: string;
  schema: S;
  build: (values: FormValues) => unknown;
  send: (api: ApiClient, id: string, input: v.InferOutput<S>) => Promise<ApiResponse<T>>;
  done: (output: T, values: FormValues) => { done: string; params?: Record<string, string> };
  field?: (path: string) => string;
}

/**
 * One handling step on a case: the person may handle cases, the form is checked with the API's
 * schema, then the API decides (state machine, version); its refusal comes back next to the form.
 */
export async function caseAction<S extends v.GenericSchema, T>(event: CaseEvent, spec: CaseActionSpec<S, T>) {
  requireTenant(event.locals);
  requirePermission(event, 'cases.handle');
  const id = caseIdOf(event);
  const values = await readForm(event.request);
  const parsed = v.safeParse(spec.schema, spec.build(values));
  if (!parsed.success) {
    return refusal(400, spec.form, values, schemaIssues(parsed.issues), undefined, undefined, spec.field);
  }
  const result = await settle(await spec.send(apiClient(event), id, parsed.output));
  if (!result.ok) {
    const { error: e } = result;
    return refusal(result.status, spec.form, values, e.issues ?? [], e.message, e.code, spec.field);
  }
  const { done, params = {} } = spec.done(result.data, values);
  return { form: spec.form, done, params } satisfies CaseActionDone;
}
