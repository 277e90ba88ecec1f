/** What a refused form action of the agency-side pages gives back: which form, the values, the messages. */
export interface PageFailure {
  form?: string;
  target?: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  message?: string | undefined;
}

/** A page's `form` prop when an action was refused, else null. */
export function failureOf(form: unknown): PageFailure | null {
  if (!form || typeof form !== 'object' || !('errors' in form) || !('values' in form)) return null;
  const f = form as Partial<PageFailure>;
  return {
    ...f,
    values: f.values ?? {},
    errors: f.errors ?? {},
  };
}

/** A page's `form` prop when an action succeeded: its `done` and string fields, else null. */
export function doneOf(form: unknown): { done: string; fields: Record<string, string> } | null {
  if (!form || typeof form !== 'object' || !('done' in form)) return null;
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(form)) {
    if (typeof value === 'string') fields[key] = value;
  }
  return { done: String((form as { done: unknown }).done), fields };
}
