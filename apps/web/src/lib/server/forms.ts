import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import type { ApiErrorInfo } from './api-error.js';

export type FormValues = Record<string, string>;

/** What a failed form action returns: the typed values (no secrets), each field's error, the message. */
export interface FormFailure {
  /** Which form failed, on pages with several. */
  form?: string;
  /** The row a form belongs to (a member, a province). */
  target?: string;
  values: FormValues;
  errors: Record<string, string>;
  message?: string;
  code?: string;
}

// Passwords, one-time codes and tokens are never sent back to the browser, even to the same person.
const SECRET_FIELD = /password|^code$|^token$|^uri$/i;

/** The text fields of a form (files left out). */
export function formValues(data: FormData): FormValues {
  const out: FormValues = {};
  for (const [name, value] of data) if (typeof value === 'string') out[name] = value;
  return out;
}

export async function readForm(request: Request): Promise<FormValues> {
  return formValues(await request.formData());
}

export function keptValues(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !SECRET_FIELD.test(name)));
}

/** First message per field; issues without a field become the form's message. */
export function fieldErrors(issues: { path: string; message: string }[]) {
  const errors: Record<string, string> = {};
  let message: string | undefined;
  for (const issue of issues) {
    if (!issue.path) message ??= issue.message;
    else errors[issue.path] ??= issue.message;
  }
  return { errors, message };
}

export type Parsed<T> =
  { ok: true; output: T } | { ok: false; errors: Record<string, string>; message?: string };

/** The same valibot schema the API validates with, so people see the same messages before a round trip. */
export function parseForm<S extends v.GenericSchema>(
  schema: S,
  values: FormValues,
): Parsed<v.InferOutput<S>> {
  const result = v.safeParse(schema, values);
  if (result.success) return { ok: true, output: result.output };
  const issues = result.issues.map((i) => ({ path: v.getDotPath(i) ?? '', message: i.message }));
  return { ok: false, ...fieldErrors(issues) };
}

/** Anything else the page needs to show again (which form, which row, a setup in progress). */
type Extra = Partial<Pick<FormFailure, 'form' | 'target'>> & Record<string, unknown>;

export function invalid<E extends Extra = Record<never, never>>(
  values: FormValues,
  parsed: { errors: Record<string, string>; message?: string },
  extra?: E,
) {
  const failure: FormFailure = { values: keptValues(values), errors: parsed.errors, message: parsed.message };
  return fail(400, { ...extra, ...failure } as E & FormFailure);
}

export function apiFailure<E extends Extra = Record<never, never>>(
  result: { status: number; error: ApiErrorInfo },
  values: FormValues,
  extra?: E,
) {
  const { errors } = fieldErrors(result.error.issues ?? []);
  const failure: FormFailure = {
    values: keptValues(values),
    errors,
    message: result.error.message || undefined,
    code: result.error.code,
  };
  const status = result.status >= 400 && result.status <= 599 ? result.status : 502;
  return fail(status, { ...extra, ...failure } as E & FormFailure);
}
