import { t, type Locale, type MessageKey } from '$lib/i18n/index.js';
import { vi } from '$lib/i18n/vi.js';
import type { CheckItem } from './wizard.js';

/** The counts behind the checklist (`counts` of GET /v1/settings/checklist) that some items quote. */
export interface CheckCounts {
  transferAgenciesWithoutNumbers: number;
  topicsWithoutSla: number;
}

const COUNTED: Record<string, { key: MessageKey; count: (c: CheckCounts) => number }> = {
  agency_numbers: {
    key: 'settings.check.agency_numbersCount',
    count: (c) => c.transferAgenciesWithoutNumbers,
  },
  topic_sla: { key: 'settings.check.topic_slaCount', count: (c) => c.topicsWithoutSla },
};

/**
 * An item in the person's language, with how many are still missing when that helps; an item this
 * catalogue does not know keeps the API's own text.
 */
export function checkLabel(
  locale: Locale,
  item: Pick<CheckItem, 'key' | 'message'> & { done?: boolean },
  counts: CheckCounts,
): string {
  const key = `settings.check.${item.key}`;
  if (!(key in vi)) return item.message;
  const label = t(locale, key as MessageKey);
  const counted = COUNTED[item.key];
  const count = counted ? counted.count(counts) : 0;
  return counted && !item.done && count > 0 ? `${label} (${t(locale, counted.key, { count })})` : label;
}
