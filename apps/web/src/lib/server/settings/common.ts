import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type * as v from 'valibot';
import { t } from '$lib/i18n/index.js';
import { check, doneUrl, issuesToErrors } from '$lib/settings/form-rows.js';
import type { Built } from '$lib/settings/resource-forms.js';
import { apiClient, settle, type ApiClient, type ApiResponse } from '../api.js';
import { readForm, type FormFailure, type FormValues } from '../forms.js';
import { requirePermission } from '../guards.js';
import { requireTenant } from '../tenant.js';

export type SettingsEvent = Pick<
  RequestEvent,
  'url' | 'fetch' | 'locals' | 'request' | 'cookies' | 'getClientAddress'
>;

/** Every settings page and action: a province host, and an admin allowed to change its configuration. */
export function settingsAdmin(event: SettingsEvent) {
  const profile = requireTenant(event.locals);
  requirePermission(event, 'settings.manage');
  return profile;
}

/** Post/redirect/get back to the page the form was on, saying what was done. */
export function backTo(event: SettingsEvent, done: string, extra?: Record<string, string | number>): never {
  redirect(303, doneUrl(event.url, done, extra));
}

interface Target {
  form: string;
  target: string;
}

/** What the person typed comes back with the errors, except channel secrets (never sent to a browser). */
const keep = (values: FormValues): FormValues =>
  Object.fromEntries(Object.entries(values).filter(([name]) => name !== 'secret'));

export function formFailure(
  status: number,
  values: FormValues,
  target: Target,
  errors: Record<string, string>,
  message?: string,
  code?: string,
) {
  const failure: FormFailure = { ...target, values: keep(values), errors, message, code };
  return fail(status >= 400 && status <= 599 ? status : 502, failure);
}

/** The API refused: its message on the form, its field issues next to the fields they concern. */
export function refused(
  result: {
    status: number;
    error: { code: string; message: string; issues?: { path: string; message: string }[] };
  },
  values: FormValues,
  target: Target,
  map?: (path: string) => string,
) {
  const { errors, message } = issuesToErrors(result.error.issues ?? [], map);
  return formFailure(
    result.status,
    values,
    target,
    errors,
    result.error.message || message,
    result.error.code,
  );
}

export interface FormSpec<S extends v.GenericSchema> {
  /** Which form on the page, for showing its errors next to it. */
  form: string;
  build: (values: FormValues) => Built;
  schema: S;
  send: (api: ApiClient, output: v.InferOutput<S>, values: FormValues) => Promise<ApiResponse<unknown>>;
  done: string;
}

/** Read the form, build the API input, check it with the API's schema, send it, and go back. */
export async function submitForm<S extends v.GenericSchema>(event: SettingsEvent, spec: FormSpec<S>) {
  settingsAdmin(event);
  const values = await readForm(event.request);
  const target = { form: spec.form, target: values.id ?? '' };
  const built = spec.build(values);
  const parsed = check(spec.schema, built.input, built.map);
  const problems = Object.fromEntries(
    built.problems.map((p) => [p.path, t(event.locals.locale, p.key, p.params)]),
  );
  if (!parsed.ok || built.problems.length > 0) {
    const errors = { ...(parsed.ok ? {} : parsed.errors), ...problems };
    return formFailure(400, values, target, errors, parsed.ok ? undefined : parsed.message);
  }
  const result = await settle(await spec.send(apiClient(event), parsed.output, values));
  if (!result.ok) return refused(result, values, target, built.map);
  backTo(event, spec.done);
}

/** Actions that only name a row (delete, move): the id is checked by the API too. */
export async function submitId(
  event: SettingsEvent,
  form: string,
  send: (api: ApiClient, id: string, values: FormValues) => Promise<ApiResponse<unknown>>,
  done: string,
) {
  settingsAdmin(event);
  const values = await readForm(event.request);
  const target = { form, target: values.id ?? '' };
  const result = await settle(await send(apiClient(event), values.id ?? '', values));
  if (!result.ok) return refused(result, values, target);
  backTo(event, done);
}
