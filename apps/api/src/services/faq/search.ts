import type { FaqSearchOutput } from '@tongdai/contracts';
import {
  buildSearchPlan,
  expandSynonyms,
  highlightText,
  parseFaqQuery,
  snippetOf,
  termStatsFrom,
  tokensToLookUp,
  topicsMentioned,
  weighConcepts,
} from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { inTenant } from '../../lib/tenant-db.js';
import { searchSetup, termStats } from './search-setup.js';
import { todayIn } from './today.js';

const ENOUGH_WITH_ALL_WORDS = 3;
const STAFF_CANDIDATE_CAP = 250;
/** Entries a stage-2 anchor may hold before stage 1 (every word) is tried first. */
const WIDE_ANCHOR = 300;

export interface FaqSearchRequest {
  q: string;
  /** public: published entries only; staff: internal ones too, last word as a prefix. */
  audience: 'public' | 'staff';
  topic?: string | undefined;
  boostTopic?: string | undefined;
  limit: number;
}

/**
 * Search shared by the portal and the operators: plan the query in core (synonyms, typo corrections,
 * word weights), then rank in Postgres the first stage that finds anything — every word (when the
 * rarest is common), the rarest word with a quorum of the others, a quorum of the selective words,
 * any informative word — and highlight the results here. Later stages are wider and slower, so they
 * run only when needed. Typos are handled by the vocabulary's trigram corrections, not entry scans.
 */
export async function searchFaq(c: Context<AppEnv>, req: FaqSearchRequest): Promise<FaqSearchOutput> {
  const parsed = parseFaqQuery(req.q, { prefixLast: req.audience === 'staff' });
  if (parsed.tokens.length === 0) return { results: [] };
  const today = todayIn(c);
  return inTenant(c, async (tx, tenantId) => {
    const setup = await searchSetup(tx, tenantId);
    const concepts = expandSynonyms(parsed, setup.groups);
    const lookup = await termStats(tx, tenantId, tokensToLookUp(concepts));
    const weighed = weighConcepts(concepts, termStatsFrom(lookup.total, lookup.terms));
    const plan = buildSearchPlan(weighed, lookup.total);
    const mentioned = topicsMentioned(setup.topics, weighed);
    const asked = setup.topics.find((t) => t.code === req.boostTopic);
    const params: queries.FaqSearchParams = {
      states: req.audience === 'staff' ? ['public', 'internal'] : ['public'],
      today,
      ...(req.topic ? { topicCode: req.topic } : {}),
      // The operator's case topic counts fully; a topic the query names, by the share it names.
      topicWeights: asked
        ? [{ id: asked.id, weight: 1 }, ...mentioned.filter((m) => m.id !== asked.id)]
        : mentioned,
      folded: parsed.folded,
      limit: req.limit,
      // Suggestions while typing refresh with every word: fewer candidates, faster answers.
      candidateCap: req.audience === 'staff' ? STAFF_CANDIDATE_CAP : queries.FAQ_CANDIDATE_CAP,
    };
    const rows = await rankedRows(tx, tenantId, plan, params);
    const terms = plan?.highlight ?? { phrases: [{ tokens: parsed.tokens, prefix: false }] };
    return {
      results: rows.map((r) => ({
        id: r.id,
        question: highlightText(r.question, terms),
        snippet: snippetOf(r.answerText, terms),
        state: r.state,
        topicCode: r.topicCode,
        topicName: r.topicName,
        usageCount: r.usageCount,
        score: Math.round(Number(r.score) * 1000) / 1000,
      })),
    };
  });
}

async function rankedRows(
  tx: Tx,
  tenantId: string,
  plan: ReturnType<typeof buildSearchPlan>,
  params: queries.FaqSearchParams,
) {
  if (!plan) return [];
  // A common rarest word (the first word typed) makes stage 2 wide: entries with every word come
  // first then, if there are a few. One entry with all the small words ("ở", "thì") must not hide
  // better answers lacking one of them, hence "a few".
  if (plan.anchorDf > WIDE_ANCHOR && plan.all !== plan.anchored) {
    const all = await queries.searchFaq(tx, tenantId, plan, plan.all, params);
    if (all.length >= Math.min(ENOUGH_WITH_ALL_WORDS, params.limit)) return all;
  }
  for (const candidates of new Set([plan.anchored, plan.strict, plan.broad])) {
    const rows = await queries.searchFaq(tx, tenantId, plan, candidates, params);
    if (rows.length > 0) return rows;
  }
  return [];
}
