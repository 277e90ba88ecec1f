import type { RequestEvent } from '@sveltejs/kit';

/** The browser's address; undefined where the adapter cannot tell (prerendering, some tests). */
export function clientAddress(event: Pick<RequestEvent, 'getClientAddress'>): string | undefined {
  try {
    return event.getClientAddress();
  } catch {
    return undefined;
  }
}
