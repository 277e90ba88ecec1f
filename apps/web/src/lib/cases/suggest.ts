/** FAQ suggestions while an operator types a call's content: what to ask for, and not too often. */

/** The staff search takes at most 200 characters. */
export const SUGGEST_MAX = 200;
/** Fewer letters than this suggest nothing useful. */
export const SUGGEST_MIN_LETTERS = 3;
export const SUGGEST_DELAY_MS = 250;

/**
 * The text to search for, or null when it is too short. Long content keeps its last 200 characters,
 * cut at a word boundary: the words being typed now are the ones the search completes as a prefix.
 */
export function suggestQuery(content: string): string | null {
  const text = content.replace(/\s+/g, ' ').trimStart();
  const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters < SUGGEST_MIN_LETTERS) return null;
  if (text.length <= SUGGEST_MAX) return text;
  const tail = text.slice(-SUGGEST_MAX);
  const space = tail.indexOf(' ');
  return space >= 0 && space < tail.length - 1 ? tail.slice(space + 1) : tail;
}

/** The staff-search query string for a text and the call's topic (preferred, not a filter). */
export function suggestParams(q: string, topicCode: string | null, limit = 5): URLSearchParams {
  const params = new URLSearchParams({ q, limit: String(limit) });
  if (topicCode) params.set('boostTopic', topicCode);
  return params;
}

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
}

/** Calls `fn` once the calls stop for `ms`, with the last arguments. */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  ms: number,
  timers: {
    set: (cb: () => void, ms: number) => unknown;
    clear: (id: unknown) => void;
  } = {
    set: (cb, wait) => setTimeout(cb, wait),
    clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  },
): Debounced<A> {
  let pending: unknown = null;
  const call = (...args: A) => {
    if (pending !== null) timers.clear(pending);
    pending = timers.set(() => {
      pending = null;
      fn(...args);
    }, ms);
  };
  call.cancel = () => {
    if (pending !== null) timers.clear(pending);
    pending = null;
  };
  return call;
}
