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

function selectNamed(tx: Tx) {
  return tx
    .select(listColumns)
    .from(cases)
    .leftJoin(topics, and(eq(topics.tenantId, cases.tenantId), eq(topics.id, cases.topicId)))
    .leftJoin(agencies, and(eq(agencies.tenantId, cases.tenantId), eq(agencies.id, cases.agencyId)))
    .leftJoin(operators, eq(operators.id, cases.operatorId));
}
const textMatch = (vector: SQL.Aliased | typeof cases.searchVector, text: string) =>
  sql`${vector} @@ plainto_tsquery('simple', f_unaccent(${text}))`;

export function caseListConditions(tenantId: string, f: Omit<CaseListFilter, 'limit'>): SQL[] {
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
  if (f.from) where.push(gte(cases.receivedAt, f.from));
  if (f.to) where.push(lt(cases.receivedAt, f.to));
  if (f.text) where.push(textMatch(cases.searchVector, f.text));
  if (f.code) where.push(eq(cases.code, f.code));
  if (f.phone) where.push(eq(cases.citizenPhone, f.phone));
  if (f.after) {
    where.push(
      sql`(${cases.receivedAt}, ${cases.id}) < (${f.after.receivedAt.toISOString()}::timestamptz, ${f.after.id}::uuid)`,
    );
  }
  return where;
}

// Exactly the order of the cases_* indexes (drizzle creates them DESC NULLS LAST; a bare DESC would
// mean NULLS FIRST and no index could serve the sort).
const NEWEST_FIRST = [sql`${cases.receivedAt} desc nulls last`, sql`${cases.id} desc nulls last`];

/** The inbox without text search: newest first, filters combined with AND, one page after the cursor. */
export function caseListQuery(tx: Tx, tenantId: string, filter: CaseListFilter) {
  return selectNamed(tx)
    .where(and(...caseListConditions(tenantId, filter)))
    .orderBy(...NEWEST_FIRST)
    .limit(filter.limit);
}

/** How many of the newest matching cases the first step of a text search reads. */
export const TEXT_SEARCH_WINDOW = 4000;

/**
 * Text search, step 1: the newest cases matching the other filters (an ordered index scan), filtered
 * by the words. A common word fills the page here, in a few milliseconds.
 */
export function textSearchWindowQuery(tx: Tx, tenantId: string, filter: CaseListFilter) {
  const { text, limit, ...rest } = filter;
  const w = tx
    .select({ id: cases.id, receivedAt: cases.receivedAt, vector: sql`${cases.searchVector}`.as('vector') })
    .from(cases)
    .where(and(...caseListConditions(tenantId, rest)))
    .orderBy(...NEWEST_FIRST)
    .limit(TEXT_SEARCH_WINDOW)
    .as('w');
  return tx
    .select({ id: w.id })
    .from(w)
    .where(textMatch(w.vector, text ?? ''))
    .orderBy(sql`${w.receivedAt} desc nulls last`, sql`${w.id} desc nulls last`)
    .limit(limit);
}

/**
 * Text search, step 2, when the window held fewer matches than a page: the words are rare, so the
 * GIN index finds them all at once. The planner's estimate for several words is poor (it multiplies
 * their frequencies), so ordered index scans are switched off for this one statement.
 */
export function textSearchIdsQuery(tx: Tx, tenantId: string, filter: CaseListFilter) {
  return tx
    .select({ id: cases.id })
    .from(cases)
    .where(and(...caseListConditions(tenantId, filter)))
    .orderBy(...NEWEST_FIRST)
    .limit(filter.limit);
}

async function searchCases(tx: Tx, tenantId: string, filter: CaseListFilter) {
  let ids = (await textSearchWindowQuery(tx, tenantId, filter)).map((r) => r.id);
  if (ids.length < filter.limit) {
    await tx.execute(sql`select set_config('enable_indexscan', 'off', true)`);
    ids = (await textSearchIdsQuery(tx, tenantId, filter)).map((r) => r.id);
    await tx.execute(sql`select set_config('enable_indexscan', 'on', true)`);
  }
  if (ids.length === 0) return [];
  return selectNamed(tx)
    .where(and(eq(cases.tenantId, tenantId), inArray(cases.id, ids)))
    .orderBy(...NEWEST_FIRST);
}

/** The inbox: newest first, filters combined with AND, one page after the cursor. */
export async function listCases(tx: Tx, tenantId: string, filter: CaseListFilter) {
  if (filter.text) return searchCases(tx, tenantId, filter);
  return caseListQuery(tx, tenantId, filter);
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

/** Open cases per agency and per operator, split by SLA state: one index-only scan, two grouping sets. */
export async function countOpenCases(tx: Tx, tenantId: string) {
  const rows = await tx
    .select({
      perAgency: sql<number>`grouping(${cases.operatorId})`.mapWith(Number),
      agencyId: cases.agencyId,
      operatorId: cases.operatorId,
      slaState: cases.slaState,
      n: count(),
    })
    .from(cases)
    .where(and(eq(cases.tenantId, tenantId), open()))
    .groupBy(
      sql`grouping sets ((${cases.agencyId}, ${cases.slaState}), (${cases.operatorId}, ${cases.slaState}))`,
    );
  return {
    byAgency: rows
      .filter((r) => r.perAgency === 1)
      .map(({ agencyId, slaState, n }) => ({ agencyId, slaState, n })),
    byOperator: rows
      .filter((r) => r.perAgency === 0)
      .map(({ operatorId, slaState, n }) => ({ operatorId, slaState, n })),
  };
}
