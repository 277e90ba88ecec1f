import type { Permission } from '@tongdai/core';
import * as v from 'valibot';
import type { CaseActionDone } from '$lib/cases/types.js';
import { apiClient, settle, type ApiClient, type ApiResponse } from '../api.js';
import { caseIdOf, refusal, schemaIssues, type CaseEvent } from '../cases/act.js';
import { readForm, type FormValues } from '../forms.js';
import { requirePermission } from '../guards.js';
import { requireTenant } from '../tenant.js';

export interface ActionSpec<S extends v.GenericSchema, T> {
  form: string;
  /** One of these permissions (the API checks again). */
  permissions: Permission[];
  schema: S;
  build: (values: FormValues) => unknown;
  send: (api: ApiClient, id: string, input: v.InferOutput<S>) => Promise<ApiResponse<T>>;
  done: (output: T) => { done: string; params?: Record<string, string> };
}

/**
 * One step taken from an agency-side page: checked with the API's own schema first, then the API
 * decides; its refusal (state machine, version, redaction) comes back next to the form.
 */
export async function pageAction<S extends v.GenericSchema, T>(event: CaseEvent, spec: ActionSpec<S, T>) {
  requireTenant(event.locals);
  const user = event.locals.user;
  const allowed = spec.permissions.find((p) =>
    (user?.permissions as readonly string[] | undefined)?.includes(p),
  );
  requirePermission(event, allowed ?? spec.permissions[0]!);
  const id = caseIdOf(event);
  const values = await readForm(event.request);
  const parsed = v.safeParse(spec.schema, spec.build(values));
  if (!parsed.success) return refusal(400, spec.form, values, schemaIssues(parsed.issues));
  const result = await settle(await spec.send(apiClient(event), id, parsed.output));
  if (!result.ok) {
    const { error: e } = result;
    return refusal(result.status, spec.form, values, e.issues ?? [], e.message, e.code);
  }
  const { done, params = {} } = spec.done(result.data);
  return { form: spec.form, done, params } satisfies CaseActionDone;
}

/** The version field every case step sends back. */
export const versionOf = (values: FormValues) => Number(values.version ?? '');
