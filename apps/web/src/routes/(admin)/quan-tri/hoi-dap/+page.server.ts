import { FaqAdminListQuery } from '@tongdai/contracts';
import * as v from 'valibot';
import { formatDate } from '$lib/format.js';
import { apiClient, unwrap } from '$lib/server/api.js';
import { faqManager } from '$lib/server/faq-admin.js';
import { unwrapFor } from '$lib/server/guards.js';
import type { PageServerLoad } from './$types';

const FILTERS = ['q', 'state', 'topic', 'expired', 'sort', 'page'] as const;
type Query = Partial<Record<(typeof FILTERS)[number], string>>;

/** The URL's filters as the API takes them; invalid ones are dropped rather than failing the page. */
function filtersOf(url: URL): v.InferInput<typeof FaqAdminListQuery> {
  const query: Query = {};
  for (const name of FILTERS) {
    const value = url.searchParams.get(name)?.trim();
    if (value) query[name] = value;
  }
  const parsed = v.safeParse(FaqAdminListQuery, query);
  return parsed.success ? (query as v.InferInput<typeof FaqAdminListQuery>) : {};
}

export const load: PageServerLoad = async (event) => {
  faqManager(event);
  const filters = filtersOf(event.url);
  const api = apiClient(event);
  const [list, { topics }] = await Promise.all([
    api.v1.faq.manage.entries.$get({ query: filters }).then((res) => unwrapFor(event, res)),
    api.v1.faq.topics.$get().then(unwrap),
  ]);
  return {
    filters,
    done: event.url.searchParams.get('done'),
    total: list.total,
    page: list.page,
    pageCount: Math.max(1, Math.ceil(list.total / list.pageSize)),
    topics,
    entries: list.entries.map((e) => ({
      ...e,
      updatedAt: formatDate(e.updatedAt),
      validUntil: e.validUntil
        ? `${e.validUntil.slice(8, 10)}/${e.validUntil.slice(5, 7)}/${e.validUntil.slice(0, 4)}`
        : null,
    })),
  };
};
