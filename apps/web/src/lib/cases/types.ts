/** Shapes the case pages' server code hands to their components. */

/** What a refused case action gives back to the page: which form, what was typed, the messages. */
export interface CaseActionFailure {
  form: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  message?: string | undefined;
  code?: string | undefined;
}

/** What a successful case action tells the page: which form, which notice and its values. */
export interface CaseActionDone {
  form: string;
  done: string;
  params: Record<string, string>;
}

export interface NotificationItem {
  id: string;
  kind: string;
  caseId: string | null;
  title: string;
  body: string;
  /** dd/mm/yyyy HH:mm */
  createdAt: string;
  read: boolean;
}

/** A page's `form` prop, whichever way the action went. */
export function readActionResult(form: unknown): {
  failure: CaseActionFailure | null;
  done: CaseActionDone | null;
} {
  if (!form || typeof form !== 'object' || !('form' in form)) return { failure: null, done: null };
  if ('done' in form) return { failure: null, done: form as CaseActionDone };
  if ('values' in form) return { failure: form as CaseActionFailure, done: null };
  return { failure: null, done: null };
}
