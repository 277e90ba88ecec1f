import type { FaqEntryOutput, FaqSearchHit, FaqTopicOutput } from '@tongdai/contracts';
import { readApiError } from './api-error.js';
import { apiClient, throwApiError, unwrap, type ApiEvent } from './api.js';

export const FAQ_PAGE_SIZE = 20;

export type FaqSearchState =
  | { kind: 'results'; results: FaqSearchHit[] }
  | { kind: 'refused'; message: string }
  | { kind: 'rateLimited' };

/** The portal's search: results, or the API's reason (a query with no word, too many searches). */
export async function searchPublicFaq(
  event: ApiEvent,
  q: string,
  topic: string | null,
): Promise<FaqSearchState> {
  const res = await apiClient(event).v1.faq.search.$get({
    query: { q, limit: String(FAQ_PAGE_SIZE), ...(topic ? { topic } : {}) },
  });
  if (res.ok) return { kind: 'results', results: (await res.json()).results };
  const body: unknown = await res.json().catch(() => null);
  if (res.status === 429) return { kind: 'rateLimited' };
  const error = readApiError(body);
  if (res.status === 400 && error)
    return { kind: 'refused', message: error.issues?.[0]?.message ?? error.message };
  throwApiError(res.status, body);
}

export async function loadFaqTopics(event: ApiEvent): Promise<FaqTopicOutput[]> {
  return (await unwrap(await apiClient(event).v1.faq.topics.$get())).topics;
}

/** A page of published entries: one topic in order, or the most used ones overall. */
export async function browseFaq(
  event: ApiEvent,
  topic: string | null,
  page: number,
): Promise<FaqEntryOutput[]> {
  const query = topic
    ? { topic, limit: String(FAQ_PAGE_SIZE), offset: String((page - 1) * FAQ_PAGE_SIZE) }
    : { sort: 'usage' as const, limit: '10' };
  return (await unwrap(await apiClient(event).v1.faq.$get({ query }))).entries;
}

/** `?trang=` as a page number from 1; anything else is the first page. */
export function pageParam(url: URL): number {
  const n = Number(url.searchParams.get('trang'));
  return Number.isInteger(n) && n >= 1 && n <= 5000 ? n : 1;
}
