import * as v from 'valibot';

export type Values = Record<string, string>;
export interface FieldIssue {
  path: string;
  message: string;
}

/** '', 'on', 'true', '1' from a checkbox or hidden field; absent means unticked. */
export const ticked = (values: Values, name: string) => ['on', 'true', '1'].includes(values[name] ?? '');

/** '' → null (the "— none —" option of a select). */
export const orNull = (text: string | undefined) => (text && text.trim() !== '' ? text.trim() : null);

/**
 * Repeated rows of a form (`hotlines.0.phone`, `hotlines.1.phone` …), blank rows left out.
 * `rowOf[i]` is the form row the i-th kept row came from, so errors land next to the right inputs.
 */
export function formRows(
  values: Values,
  prefix: string,
  isBlank: (row: Values) => boolean,
): { rows: Values[]; rowOf: number[] } {
  const byIndex = new Map<number, Values>();
  const pattern = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)\\.(\\w+)$`);
  for (const [name, value] of Object.entries(values)) {
    const m = pattern.exec(name);
    if (!m) continue;
    const index = Number(m[1]);
    const row = byIndex.get(index) ?? {};
    row[m[2]!] = value;
    byIndex.set(index, row);
  }
  const rows: Values[] = [];
  const rowOf: number[] = [];
  for (const [index, row] of [...byIndex.entries()].sort((a, b) => a[0] - b[0])) {
    if (isBlank(row)) continue;
    rows.push(row);
    rowOf.push(index);
  }
  return { rows, rowOf };
}

/** 'hotlines.1.schedule.slots.0.start' → 'hotlines.<form row>.schedule': the field the person typed in. */
export function remapPath(path: string, prefix: string, rowOf: readonly number[]): string {
  const parts = path.split('.');
  const prefixParts = prefix.split('.');
  if (!prefixParts.every((p, i) => parts[i] === p)) return path;
  const index = parts[prefixParts.length];
  if (index === undefined || !/^\d+$/.test(index)) return path;
  const row = rowOf[Number(index)] ?? Number(index);
  const field = parts[prefixParts.length + 1];
  return [...prefixParts, String(row), ...(field ? [field] : [])].join('.');
}

/** First message per field, after mapping each path; issues without a path become the message. */
export function issuesToErrors(issues: readonly FieldIssue[], map: (path: string) => string = (p) => p) {
  const errors: Record<string, string> = {};
  let message: string | undefined;
  for (const issue of issues) {
    if (!issue.path) message ??= issue.message;
    else errors[map(issue.path)] ??= issue.message;
  }
  return { errors, message };
}

export type Checked<T> =
  { ok: true; output: T } | { ok: false; errors: Record<string, string>; message?: string | undefined };

/** The API's own schema run on what the form built, so people see its messages before a round trip. */
export function check<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  map?: (path: string) => string,
): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, output: result.output };
  const issues = result.issues.map((i) => ({ path: v.getDotPath(i) ?? '', message: i.message }));
  return { ok: false, ...issuesToErrors(issues, map) };
}

/** Moves one id up (-1) or down (+1); the list is unchanged at either end or for an unknown id. */
export function moveItem(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const out = [...ids];
  const from = out.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= out.length) return out;
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}

/** Parameters that only say what was just done; they are not carried into the next request. */
const RESULT_PARAMS = new Set(['done', 'written', 'skipped']);

/**
 * Back to the page after an action (post/redirect/get): the same filters (year, week, branch),
 * without the action's own `?/name`, with what was done.
 */
export function doneUrl(url: URL, done: string, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  const drop = new Set([...RESULT_PARAMS, ...Object.keys(extra)]);
  for (const [name, value] of url.searchParams) {
    if (!name.startsWith('/') && !drop.has(name)) params.append(name, value);
  }
  params.set('done', done);
  for (const [name, value] of Object.entries(extra)) params.set(name, String(value));
  return `${url.pathname}?${params.toString()}`;
}

/**
 * The start of a form's action on this page (`?nam=2027&` + `/calendarSave`): a bare `?/name` would drop
 * the page's own filters (year, week, branch).
 */
export function actionBase(url: URL): string {
  const params = new URLSearchParams();
  for (const [name, value] of url.searchParams) {
    if (!name.startsWith('/') && !RESULT_PARAMS.has(name)) params.append(name, value);
  }
  const query = params.toString();
  return query ? `?${query}&` : '?';
}
