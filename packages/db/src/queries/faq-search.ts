import {
  FAQ_CORRECTION_SIMILARITY,
  FAQ_FIELD_WEIGHTS,
  FAQ_RANK_WEIGHTS,
  FAQ_TS_RANK_WEIGHTS,
  FAQ_USAGE_HALF,
  type FaqSearchPlan,
} from '@tongdai/core';
import { and, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../client.js';
import type { FaqStateValue } from './faq-admin.js';

/** Synonym lines and topic names (one round trip): what a query is expanded and matched against. */
export async function loadFaqSearchSetup(tx: Tx, tenantId: string) {
  const [row] = await tx.execute<{
    synonyms: { term: string; equivalents: string[] }[];
    topics: { id: string; code: string; name: string }[];
  }>(sql`select
      (select coalesce(json_agg(json_build_object('term', term, 'equivalents', equivalents)), '[]'::json)
         from faq_synonyms where tenant_id = ${tenantId}) as synonyms,
      (select coalesce(json_agg(json_build_object('id', id, 'code', code, 'name', name) order by position), '[]'::json)
         from topics where tenant_id = ${tenantId}) as topics`);
  return { synonyms: row?.synonyms ?? [], topics: row?.topics ?? [] };
}

const textArray = (items: readonly string[]) =>
  items.length === 0
    ? sql`array[]::text[]`
    : sql`array[${sql.join(
        items.map((i) => sql`${i}`),
        sql`, `,
      )}]::text[]`;
const boolArray = (items: readonly boolean[]) =>
  items.length === 0
    ? sql`array[]::boolean[]`
    : sql`array[${sql.join(
        items.map((i) => sql`${i}`),
        sql`, `,
      )}]::boolean[]`;

function topicSignal(weights: FaqSearchParams['topicWeights']): SQL {
  if (weights.length === 0) return sql`0`;
  const cases = weights.map((t) => sql`when ${t.id}::uuid then ${num(t.weight)}`);
  return sql`(case e.topic_id ${sql.join(cases, sql` `)} else 0 end)`;
}

export interface FaqTermLookup {
  total: number;
  terms: { token: string; prefix: boolean; df: number; similar: { term: string; df: number }[] }[];
}

/**
 * The number of entries (faq_terms' row '' counts them) and the document frequencies of the query's tokens in the province's vocabulary (for prefixes: of the most
 * frequent term they start) and, for tokens it lacks (three characters or more), up to three closest
 * terms by trigram similarity.
 */
export async function lookupFaqTerms(
  tx: Tx,
  tenantId: string,
  tokens: readonly { token: string; prefix: boolean }[],
): Promise<FaqTermLookup> {
  const rows = await tx.execute<{
    token: string;
    prefix: boolean;
    df: number;
    similar: { term: string; df: number }[];
    total: number;
  }>(sql`
    select q.token, q.prefix, d.df,
      case when d.df > 0 or length(q.token) < 3 then '[]'::json else (
        select coalesce(json_agg(json_build_object('term', s.term, 'df', s.ndoc)), '[]'::json) from (
          select term, ndoc from faq_terms
          where tenant_id = ${tenantId} and term % q.token
            and similarity(term, q.token) >= ${FAQ_CORRECTION_SIMILARITY}
          order by similarity(term, q.token) desc, ndoc desc, term
          limit 3) s) end as similar,
      (select coalesce(max(ndoc), 0) from faq_terms where tenant_id = ${tenantId} and term = '') as total
    from unnest(${textArray(tokens.map((t) => t.token))}, ${boolArray(tokens.map((t) => t.prefix))}) as q(token, prefix)
    cross join lateral (
      select case when q.prefix
        then (select coalesce(max(ndoc), 0) from faq_terms where tenant_id = ${tenantId} and term like q.token || '%')
        else coalesce((select ndoc from faq_terms where tenant_id = ${tenantId} and term = q.token), 0)
      end::int as df) d`);
  const list = [...rows];
  if (list.length === 0) {
    const [count] = await tx.execute<{ total: number }>(
      sql`select coalesce(max(ndoc), 0) as total from faq_terms where tenant_id = ${tenantId} and term = ''`,
    );
    return { total: count?.total ?? 0, terms: [] };
  }
  return {
    total: list[0]!.total,
    terms: list.map(({ token, prefix, df, similar }) => ({ token, prefix, df, similar })),
  };
}

export interface FaqSearchParams {
  /** Which entries may be found: public search passes ['public'], staff ['public', 'internal']. */
  states: readonly FaqStateValue[];
  /** yyyy-mm-dd in the province's calendar: entries valid until before it are left out. */
  today: string;
  /** Only this topic (topic browsing). */
  topicCode?: string;
  /** The topic signal per topic (0..1): the operator's case topic, topics the query names. */
  topicWeights: readonly { id: string; weight: number }[];
  /** The folded query, for trigram similarity. */
  folded: string;
  limit: number;
  /** At most this many candidates are scored (FAQ_CANDIDATE_CAP when not given). */
  candidateCap?: number;
}

export type FaqSearchRow = {
  id: string;
  question: string;
  answerText: string;
  state: FaqStateValue;
  topicCode: string | null;
  topicName: string | null;
  usageCount: number;
  score: number;
};

const num = (n: number) => sql`${n}::float8`;

function weightedShare(parts: { weight: number; hit: SQL }[]): SQL {
  const total = parts.reduce((s, p) => s + p.weight, 0);
  if (parts.length === 0 || total === 0) return sql`0`;
  return sql`((${sql.join(
    parts.map((p) => sql`${num(p.weight)} * ${p.hit}`),
    sql` + `,
  )}) / ${num(total)})`;
}

/**
 * The score of FAQ_RANK_WEIGHTS (see packages/core/src/faq/rank.ts) in two parts: the cheap signals
 * for every candidate, and ts_rank_cd and trigram similarity (tens of µs a row) for the finalists only.
 */
function cheapScoreSql(plan: FaqSearchPlan, p: FaqSearchParams): SQL {
  const v = sql`e.search_vector`;
  const match = weightedShare(
    plan.concepts.map((c) => ({
      weight: c.idf,
      hit: sql`(case when ${v} @@ ${c.question}::tsquery then ${num(FAQ_FIELD_WEIGHTS.question)}
        when ${v} @@ ${c.keywords}::tsquery then ${num(FAQ_FIELD_WEIGHTS.keywords)}
        when ${v} @@ ${c.any}::tsquery then ${num(FAQ_FIELD_WEIGHTS.answer)} else 0 end)`,
    })),
  );
  const phrase = weightedShare(
    plan.pairs.map((pair) => ({ weight: pair.weight, hit: sql`(${v} @@ ${pair.query}::tsquery)::int` })),
  );
  const w = FAQ_RANK_WEIGHTS;
  return sql`(${num(w.match)} * ${match}
    + ${num(w.phrase)} * ${phrase}
    + ${num(w.topic)} * ${topicSignal(p.topicWeights)}
    + ${num(w.usage)} * (e.usage_count / (e.usage_count + ${num(FAQ_USAGE_HALF)})))`;
}

function finalScoreSql(plan: FaqSearchPlan, p: FaqSearchParams): SQL {
  const rank = sql`ts_rank_cd(${`{${FAQ_TS_RANK_WEIGHTS.join(',')}}`}::float4[], f.search_vector, ${plan.any}::tsquery)`;
  return sql`(f.partial + ${num(FAQ_RANK_WEIGHTS.rank)} * (${rank} / (${rank} + 1))
    + ${num(FAQ_RANK_WEIGHTS.trigram)} * word_similarity(${p.folded}, e.search_text))`;
}

/** Candidates ranked by the cheap signals; twice the page (at least 20) go on to the full score. */
const finalists = (limit: number) => Math.max(20, 2 * limit);
/**
 * At most this many candidates are scored. Only queries made of words in a large share of the entries
 * reach it (the first word of a suggestion while typing); they are scored on the first ones found.
 */
export const FAQ_CANDIDATE_CAP = 1000;

function visible(tenantId: string, p: FaqSearchParams): SQL {
  const states = sql.join(
    p.states.map((s) => sql`${s}::faq_state`),
    sql`, `,
  );
  return and(
    sql`e.tenant_id = ${tenantId}`,
    sql`e.state in (${states})`,
    sql`(e.valid_until is null or e.valid_until >= ${p.today}::date)`,
    p.topicCode ? sql`t.code = ${p.topicCode}` : undefined,
  )!;
}

/**
 * The ranking query for entries containing `candidates` (a tsquery of one of the plan's stages): the
 * pool carries only what the cheap score reads; display columns are fetched for the finalists only.
 */
export function searchFaqSql(
  tenantId: string,
  plan: FaqSearchPlan,
  candidates: string,
  p: FaqSearchParams,
): SQL {
  return sql`
    with pool as materialized (
      select e.id, e.topic_id, e.usage_count, e.search_vector
      from faq_entries e
      ${p.topicCode ? sql`join topics t on t.tenant_id = e.tenant_id and t.id = e.topic_id` : sql``}
      where ${visible(tenantId, p)} and e.search_vector @@ ${candidates}::tsquery
      limit ${p.candidateCap ?? FAQ_CANDIDATE_CAP}),
    finalists as materialized (
      select e.id, e.search_vector, ${cheapScoreSql(plan, p)} as partial from pool e
      order by partial desc, e.usage_count desc, e.id
      limit ${finalists(p.limit)})
    select e.id, e.question, e.answer_text as "answerText", e.state, t.code as "topicCode",
      t.name as "topicName", e.usage_count as "usageCount", ${finalScoreSql(plan, p)} as score
    from finalists f
    join faq_entries e on e.tenant_id = ${tenantId} and e.id = f.id
    left join topics t on t.tenant_id = e.tenant_id and t.id = e.topic_id
    order by score desc, e.usage_count desc, e.id
    limit ${p.limit}`;
}

export async function searchFaq(
  tx: Tx,
  tenantId: string,
  plan: FaqSearchPlan,
  candidates: string,
  p: FaqSearchParams,
): Promise<FaqSearchRow[]> {
  return [...(await tx.execute<FaqSearchRow>(searchFaqSql(tenantId, plan, candidates, p)))];
}
