import type { FaqEntryOutput } from '@tongdai/contracts';

export interface FaqGroup {
  /** null: entries without a topic, shown under "other matters". */
  topicName: string | null;
  entries: FaqEntryOutput[];
}

/** Groups entries by topic, keeping the API's order (topics in their configured order). */
export function groupByTopic(entries: FaqEntryOutput[]): FaqGroup[] {
  const groups = new Map<string | null, FaqGroup>();
  for (const entry of entries) {
    const key = entry.topicCode;
    let group = groups.get(key);
    if (!group) {
      group = { topicName: entry.topicName, entries: [] };
      groups.set(key, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()];
}

/** A link within /hoi-dap keeping what matters: the query, the topic, the page (from 2). */
export function faqHref(params: { q?: string | null; topic?: string | null; page?: number }): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  if (params.topic) query.set('topic', params.topic);
  if (params.page && params.page > 1) query.set('trang', String(params.page));
  const text = query.toString();
  return text ? `/hoi-dap?${text}` : '/hoi-dap';
}

/** The management list at another page, with the same filters. */
export function faqAdminHref(filters: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value && name !== 'page') query.set(name, value);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/quan-tri/hoi-dap?${text}` : '/quan-tri/hoi-dap';
}
