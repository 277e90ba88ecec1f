import { and, asc, count, eq, gte, inArray, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../client.js';
import { agencies } from '../schema/agencies.js';
import { cases } from '../schema/cases.js';
import { topics } from '../schema/topics.js';
import { users } from '../schema/users.js';

type CaseStatusValue = (typeof cases.status.enumValues)[number];
type SlaStateValue = (typeof cases.slaState.enumValues)[number];

export interface CaseListFilter {
  statuses?: readonly CaseStatusValue[];
  channel?: (typeof cases.channel.enumValues)[number];
  topicId?: string;
  agencyId?: string;
  slaState?: SlaStateValue;
  /** A user id, or null for unassigned cases. */
  operatorId?: string | null;
  from?: Date;
  to?: Date;
  /** Words, matched accent-insensitively against code and content. */
  text?: string;
  /** An exact case code (TH-2026-000123). */
  code?: string;
  phone?: string;
  /** Keyset: rows strictly after this (received_at, id) in newest-first order. */
  after?: { receivedAt: Date; id: string };
  limit: number;
}

const operators = alias(users, 'operator');

const listColumns = {
  id: cases.id,
  code: cases.code,
  channel: cases.channel,
  receivedAt: cases.receivedAt,
  status: cases.status,
  urgency: cases.urgency,
  slaState: cases.slaState,
  dueAt: cases.dueAt,
  topicId: cases.topicId,
  topicName: topics.name,
  agencyId: cases.agencyId,
  agencyName: agencies.name,
  operatorId: cases.operatorId,
  operatorName: operators.name,
  preview: sql<string>`left(${cases.content}, 200)`,
  citizenPhone: cases.citizenPhone,
  citizenName: cases.citizenName,
};

/** The list's columns with topic, agency and operator names; `q` may carry a WITH clause. */
function selectNamed(q: Pick<Tx, 'select'>) {
  return q
    .select(listColumns)
    .from(cases)
    .leftJoin(topics, and(eq(topics.tenantId, cases.tenantId), eq(topics.id, cases.topicId)))
    .leftJoin(agencies, and(eq(agencies.tenantId, cases.tenantId), eq(agencies.id, cases.agencyId)))
    .leftJoin(operators, eq(operators.id, cases.operatorId));
}
const textMatch = (text: string) =>
  sql`${cases.searchVector} @@ plainto_tsquery('simple', f_unaccent(${text}))`;

export function caseListConditions(
  tenantId: string,
  f: Omit<CaseListFilter, 'limit'>,
  options: { opaqueBounds?: boolean } = {},
): SQL[] {
  // With `opaqueBounds` an instant is a one-row sub-select, which the planner reads no better in a
  // custom plan than in a generic one: a prepared statement then keeps its generic plan with dates
  // and cursors too, instead of being planned anew for each value.
  const instant = (d: Date) =>
    options.opaqueBounds
      ? sql`(select ${d.toISOString()}::timestamptz)`
      : sql`${d.toISOString()}::timestamptz`;
  const where: SQL[] = [eq(cases.tenantId, tenantId)];
  if (f.statuses && f.statuses.length > 0) {
    where.push(
      f.statuses.length === 1 ? eq(cases.status, f.statuses[0]!) : inArray(cases.status, [...f.statuses]),
    );
  }
  if (f.channel) where.push(eq(cases.channel, f.channel));
  if (f.topicId) where.push(eq(cases.topicId, f.topicId));
  if (f.agencyId) where.push(eq(cases.agencyId, f.agencyId));
  if (f.slaState) where.push(eq(cases.slaState, f.slaState));
  if (f.operatorId !== undefined) {
    where.push(f.operatorId === null ? isNull(cases.operatorId) : eq(cases.operatorId, f.operatorId));
  }
  if (f.from) where.push(gte(cases.receivedAt, instant(f.from)));
  if (f.to) where.push(lt(cases.receivedAt, instant(f.to)));
  if (f.text) where.push(textMatch(f.text));
  if (f.code) where.push(eq(cases.code, f.code));
  if (f.phone) where.push(eq(cases.citizenPhone, f.phone));
  if (f.after) {
    where.push(
      sql`(${cases.receivedAt}, ${cases.id}) < (${instant(f.after.receivedAt)}, ${f.after.id}::uuid)`,
    );
  }
  return where;
}

// Exactly the order of the cases_* indexes (drizzle creates them DESC NULLS LAST; a bare DESC would
// mean NULLS FIRST and no index could serve the sort).
const newestFirst = (t: { receivedAt: unknown; id: unknown }) => [
  sql`${t.receivedAt} desc nulls last`,
  sql`${t.id} desc nulls last`,
];
const NEWEST_FIRST = newestFirst(cases);

/** The inbox without text search: newest first, filters combined with AND, one page after the cursor. */
export function caseListQuery(tx: Tx, tenantId: string, filter: CaseListFilter) {
  return selectNamed(tx)
    .where(and(...caseListConditions(tenantId, filter)))
    .orderBy(...NEWEST_FIRST)
    .limit(filter.limit);
}

/** How many of the newest cases (matching the other filters) a text search looks at first. */
export const TEXT_SEARCH_PROBE = 1000;
/** How many of the newest cases a text search reads when the probe promises a page there. */
export const TEXT_SEARCH_WINDOW = 4000;
/** At most this many words of a search get an index condition of their own; the rest are rechecked. */
const INDEXED_WORDS = 8;

/**
 * A whole number written into the statement instead of bound. With a bound LIMIT the generic plan of
 * a prepared statement guesses the step sizes (a tenth of the table), so Postgres prefers to plan the
 * search anew each time: about 1.3 ms per search at a million cases. With the sizes written in, the
 * generic plan costs the same and is kept; it decides nothing by the words (each step is gated at
 * run time).
 */
function written(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a row count: ${n}`);
  // Drizzle writes an SQL chunk given as a limit as it is (its type only names numbers).
  return sql.raw(String(n)) as unknown as number;
}

/**
 * Text search, in one statement of up to three steps; each runs only when the one before found less
 * than a page (its gate is a one-time filter, so a closed step costs nothing).
 *
 * 1. `probe`: the newest TEXT_SEARCH_PROBE cases matching the other filters (an ordered index scan),
 *    filtered by the words. A common word fills the page here.
 * 2. `recent`: the newest TEXT_SEARCH_WINDOW cases, read only when the probe's share of matches
 *    promises at least half a page there (about 0.7 % of cases or more). Words met in about 1.3–5 %
 *    of cases are answered here; rarer ones skip it and save reading 4,000 rows for nothing.
 * 3. `older`: the GIN index finds every match. Each word is a condition of its own, so the index
 *    scan starts from the rarest word; one query of several frequent words would be checked item by
 *    item instead, two to three times slower at a million cases. The words come from the same parser
 *    and dictionary as the search vector, in the statement itself; the whole query is rechecked on
 *    the rows, so words beyond INDEXED_WORDS still count. `offset 0` plans the matching on its own,
 *    for all matches (a bitmap scan), instead of walking the newest-first index in the hope of
 *    meeting rare words early.
 *
 * The page's rows are then joined to their names.
 */
export function textSearchQuery(tx: Tx, tenantId: string, filter: CaseListFilter) {
  const { text = '', limit, ...rest } = filter;
  const others = caseListConditions(tenantId, rest, { opaqueBounds: true });
  const page = written(limit);
  // A sub-select is evaluated once per execution, also in a generic (prepared) plan.
  const query = sql`(select plainto_tsquery('simple', f_unaccent(${text})))`;

  /** The newest `size` cases matching the other filters (and `gate`), then the first page of matches. */
  const newest = (name: string, size: number, gate?: SQL) => {
    const w = tx
      .select({ id: cases.id, receivedAt: cases.receivedAt, vector: sql`${cases.searchVector}`.as('vector') })
      .from(cases)
      .where(and(...others, gate))
      .orderBy(...NEWEST_FIRST)
      .limit(written(size))
      .as('w');
    return tx.$with(name).as(
      tx
        .select({ id: w.id, receivedAt: w.receivedAt })
        .from(w)
        .where(sql`${w.vector} @@ ${query}`)
        .orderBy(...newestFirst(w))
        .limit(page),
    );
  };
  const probe = newest('probe', TEXT_SEARCH_PROBE);
  const inProbe = sql`(select count(*) from ${probe})`;
  const promising = Math.ceil((limit * TEXT_SEARCH_PROBE) / (2 * TEXT_SEARCH_WINDOW));
  const recent = newest(
    'recent',
    TEXT_SEARCH_WINDOW,
    sql`${inProbe} between ${written(promising)} and ${written(limit - 1)}`,
  );
  const inRecent = sql`(select count(*) from ${recent})`;

  // The i-th lexeme of the search (sorted), or the first when there are fewer; none matches nothing.
  const lexemes = sql`array(select unnest(tsvector_to_array(to_tsvector('simple', f_unaccent(${text})))))`;
  const slots = Math.min(INDEXED_WORDS, Math.max(1, text.match(/[\p{L}\p{N}]+/gu)?.length ?? 1));
  const wordConditions = Array.from(
    { length: slots },
    (_, i) =>
      sql`${cases.searchVector} @@ (select plainto_tsquery('simple', coalesce(l[${sql.raw(String(i + 1))}], l[1])) from (select ${lexemes} as l) x)`,
  );
  const m = tx
    .select({ id: cases.id, receivedAt: cases.receivedAt })
    .from(cases)
    // The whole query, rechecked on the rows found. Written as the function behind `@@` so that the
    // planner does not add it to the GIN scan as one more (slow, many-word) index condition.
    .where(and(...others, ...wordConditions, sql`ts_match_vq(${cases.searchVector}, ${query})`))
    .offset(0)
    .as('m');
  const older = tx
    .select({ id: m.id, receivedAt: m.receivedAt })
    .from(m)
    .orderBy(...newestFirst(m))
    .limit(page)
    .as('older');

  const top = tx
    .select({ id: probe.id, receivedAt: probe.receivedAt })
    .from(probe)
    .where(sql`${inProbe} >= ${page}`)
    .unionAll(
      tx
        .select({ id: recent.id, receivedAt: recent.receivedAt })
        .from(recent)
        .where(sql`${inRecent} >= ${page}`),
    )
    .unionAll(
      tx
        .select({ id: older.id, receivedAt: older.receivedAt })
        .from(older)
        .where(sql`${inProbe} < ${page} and ${inRecent} < ${page}`),
    )
    .as('top');
  return selectNamed(tx.with(probe, recent))
    .innerJoin(top, eq(top.id, cases.id))
    .where(eq(cases.tenantId, tenantId))
    .orderBy(...newestFirst(top));
}

/** How often Postgres used the generic and custom plans of the text searches prepared on this connection. */
export async function textSearchPlanCounts(tx: Tx) {
  const [row] = await tx.execute<{ generic: number; custom: number }>(sql`
    select coalesce(sum(generic_plans), 0)::int as generic, coalesce(sum(custom_plans), 0)::int as custom
    from pg_prepared_statements where statement like 'with "probe"%'`);
  return row ?? { generic: 0, custom: 0 };
}

/** The inbox: newest first, filters combined with AND, one page after the cursor. */
export async function listCases(tx: Tx, tenantId: string, filter: CaseListFilter) {
  if (!filter.text) return caseListQuery(tx, tenantId, filter);
  // A named statement, prepared once per connection (the driver keys it by its SQL text: one per
  // filter combination, word count and page size), so that Postgres can keep its generic plan.
  // The name is not used by the driver.
  return textSearchQuery(tx, tenantId, filter).prepare('cases_text_search').execute();
}

export type CaseListRow = Awaited<ReturnType<typeof listCases>>[number];

/** Neither closed nor merged: the predicate of the partial indexes cases_open_*. */
const open = () => and(ne(cases.status, 'closed'), isNull(cases.mergedInto));

/** Supervisors' queue: open cases in one SLA state, most urgent deadline first. */
export function listCaseQueue(
  tx: Tx,
  tenantId: string,
  slaState: SlaStateValue,
  filter: { agencyId?: string; operatorId?: string; limit: number },
) {
  return selectNamed(tx)
    .where(
      and(
        eq(cases.tenantId, tenantId),
        open(),
        eq(cases.slaState, slaState),
        filter.agencyId ? eq(cases.agencyId, filter.agencyId) : undefined,
        filter.operatorId ? eq(cases.operatorId, filter.operatorId) : undefined,
      ),
    )
    .orderBy(asc(cases.dueAt), asc(cases.id))
    .limit(filter.limit);
}

export function openCountsQuery(tx: Tx, tenantId: string) {
  return tx
    .select({ agencyId: cases.agencyId, operatorId: cases.operatorId, slaState: cases.slaState, n: count() })
    .from(cases)
    .where(and(eq(cases.tenantId, tenantId), open()))
    .groupBy(cases.agencyId, cases.operatorId, cases.slaState)
    .orderBy(cases.agencyId, cases.operatorId, cases.slaState);
}

/**
 * Open cases per agency and per operator, split by SLA state. One index-only scan of
 * `cases_open_counts` grouped in its own order (a streaming aggregate of a few hundred groups), then
 * summed both ways here: half the time of two hashed grouping sets at 30,000 open cases.
 */
export async function countOpenCases(tx: Tx, tenantId: string) {
  const groups = await openCountsQuery(tx, tenantId);
  const sum = <K extends string | null>(key: (g: (typeof groups)[number]) => K) => {
    const totals = new Map<string, { key: K; slaState: SlaStateValue; n: number }>();
    for (const g of groups) {
      const id = `${key(g) ?? ''}|${g.slaState}`;
      const entry = totals.get(id) ?? { key: key(g), slaState: g.slaState, n: 0 };
      entry.n += g.n;
      totals.set(id, entry);
    }
    return [...totals.values()];
  };
  return {
    byAgency: sum((g) => g.agencyId).map(({ key, slaState, n }) => ({ agencyId: key, slaState, n })),
    byOperator: sum((g) => g.operatorId).map(({ key, slaState, n }) => ({ operatorId: key, slaState, n })),
  };
}
