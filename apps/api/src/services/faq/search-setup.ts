import { synonymGroup, type SynonymGroup } from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';

export interface SearchSetup {
  groups: SynonymGroup[];
  topics: { id: string; code: string; name: string }[];
}

/**
 * What every search of a province needs and what changes rarely, kept per API process for a short
 * while: synonym groups and topic names (forgotten here when the synonyms change; other processes
 * see a change within TTL_MS) and the frequencies of known words.
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

type TermLookup = Awaited<ReturnType<typeof queries.lookupFaqTerms>>;
type TermRow = TermLookup['terms'][number];

/**
 * Vocabulary frequencies of words seen recently, per province: a known word's frequency drifts
 * slowly, so it is kept for TTL_MS and the vocabulary is asked only about the other words. Unknown
 * words (frequency 0) are never kept, so a word just added to an entry is found at once.
 */
const terms = new Map<string, { at: number; total: number; byKey: Map<string, TermRow> }>();
const MAX_TERMS = 5000;
const termKey = (t: { token: string; prefix: boolean }) => `${t.token}${t.prefix ? '*' : ''}`;

export async function termStats(
  tx: Tx,
  tenantId: string,
  wanted: readonly { token: string; prefix: boolean }[],
  now = Date.now(),
): Promise<TermLookup> {
  let entry = terms.get(tenantId);
  if (!entry || now - entry.at >= TTL_MS) entry = undefined;
  const known = wanted.flatMap((w) => entry?.byKey.get(termKey(w)) ?? []);
  if (entry && known.length === wanted.length) return { total: entry.total, terms: known };
  const missing = wanted.filter((w) => !entry?.byKey.has(termKey(w)));
  const fresh = await queries.lookupFaqTerms(tx, tenantId, missing);
  if (!entry) {
    if (terms.size >= MAX_TENANTS) terms.delete(terms.keys().next().value!);
    entry = { at: now, total: fresh.total, byKey: new Map() };
    terms.set(tenantId, entry);
  }
  for (const row of fresh.terms)
    if (row.df > 0 && entry.byKey.size < MAX_TERMS) entry.byKey.set(termKey(row), row);
  const byKey = new Map([...known, ...fresh.terms].map((row) => [termKey(row), row]));
  return { total: fresh.total, terms: wanted.flatMap((w) => byKey.get(termKey(w)) ?? []) };
}
