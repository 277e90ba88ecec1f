import {
  browseFaq,
  FAQ_PAGE_SIZE,
  loadFaqTopics,
  pageParam,
  searchPublicFaq,
} from '$lib/server/faq-public.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { PageServerLoad } from './$types';

/** /hoi-dap: search (GET form, works without JavaScript), topic browsing, the most used questions. */
export const load: PageServerLoad = async (event) => {
  const profile = requireTenant(event.locals);
  const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const topics = await loadFaqTopics(event);
  const topic = topics.find((t) => t.code === event.url.searchParams.get('topic')) ?? null;
  const page = pageParam(event.url);
  const base = { tenantName: profile.tenant.officialName, q, topics, topic, page, pageSize: FAQ_PAGE_SIZE };
  if (q) return { ...base, search: await searchPublicFaq(event, q, topic?.code ?? null), entries: [] };
  return { ...base, search: null, entries: await browseFaq(event, topic?.code ?? null, page) };
};
