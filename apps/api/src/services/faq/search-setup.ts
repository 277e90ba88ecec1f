import { synonymGroup, type SynonymGroup } from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';

export interface SearchSetup {
  groups: SynonymGroup[];
  topics: { id: string; code: string; name: string }[];
}

/**
 * A province's synonym groups and topic names change rarely but every search needs them: kept per
 * process for a short while. This process forgets a province's entry when its synonyms change;
 * other API processes see the change within TTL_MS.
 */
const TTL_MS = 30_000;
const MAX_TENANTS = 200;
const cache = new Map<string, { at: number; setup: SearchSetup }>();

export async function searchSetup(tx: Tx, tenantId: string, now = Date.now()): Promise<SearchSetup> {
  const hit = cache.get(tenantId);
  if (hit && now - hit.at < TTL_MS) return hit.setup;
  const { synonyms, topics } = await queries.loadFaqSearchSetup(tx, tenantId);
  const setup = { groups: synonyms.map((s) => synonymGroup([s.term, ...s.equivalents])), topics };
  if (cache.size >= MAX_TENANTS) cache.delete(cache.keys().next().value!);
  cache.set(tenantId, { at: now, setup });
  return setup;
}

export function forgetSearchSetup(tenantId: string) {
  cache.delete(tenantId);
}
