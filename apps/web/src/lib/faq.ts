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
