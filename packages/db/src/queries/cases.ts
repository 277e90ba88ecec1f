import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../client.js';
import { agencies } from '../schema/agencies.js';
import { caseCounters, cases } from '../schema/cases.js';
import { slaClasses } from '../schema/sla.js';
import { topics } from '../schema/topics.js';
import { users } from '../schema/users.js';

export type CaseRow = Omit<typeof cases.$inferSelect, 'searchVector'>;
export type CaseInsert = Omit<typeof cases.$inferInsert, 'searchVector'>;
/** Columns an action may write; status only ever comes from the core state machine. */
export type CaseUpdate = Partial<Omit<CaseInsert, 'tenantId' | 'id' | 'code' | 'idempotencyKey'>>;

// The generated search vector is for the index only; rows are read without it.
const { searchVector: _searchVector, ...caseColumns } = getTableColumns(cases);

/** The whole row, locked for this transaction: every action reads the case this way first. */
export async function lockCase(tx: Tx, tenantId: string, id: string): Promise<CaseRow | undefined> {
  const rows = await tx
    .select(caseColumns)
    .from(cases)
    .where(and(eq(cases.tenantId, tenantId), eq(cases.id, id)))
    .for('update')
    .limit(1);
  return rows[0];
}

/** The row without locking it, for reads. */
export async function findCaseRow(tx: Tx, tenantId: string, id: string): Promise<CaseRow | undefined> {
  const rows = await tx
    .select(caseColumns)
    .from(cases)
    .where(and(eq(cases.tenantId, tenantId), eq(cases.id, id)))
    .limit(1);
  return rows[0];
}

export async function findCaseByIdempotencyKey(tx: Tx, tenantId: string, key: string) {
  const rows = await tx
    .select({ id: cases.id, code: cases.code, fingerprint: cases.idempotencyFingerprint })
    .from(cases)
    .where(and(eq(cases.tenantId, tenantId), eq(cases.idempotencyKey, key)))
    .limit(1);
  return rows[0];
}

/** The next number of the province's year; the row lock serialises concurrent intakes. */
export async function nextCaseSequence(tx: Tx, tenantId: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(caseCounters)
    .values({ tenantId, year, last: 1 })
    .onConflictDoUpdate({
      target: [caseCounters.tenantId, caseCounters.year],
      set: { last: sql`${caseCounters.last} + 1` },
    })
    .returning({ last: caseCounters.last });
  return row!.last;
}

export async function insertCase(tx: Tx, values: CaseInsert): Promise<CaseRow> {
  const [row] = await tx.insert(cases).values(values).returning(caseColumns);
  return row!;
}

/** Writes `patch`; with `bumpVersion` the version goes up by one (every change a person makes). */
export async function updateCase(
  tx: Tx,
  tenantId: string,
  id: string,
  patch: CaseUpdate,
  options: { bumpVersion: boolean },
): Promise<CaseRow> {
  const [row] = await tx
    .update(cases)
    .set({ ...patch, ...(options.bumpVersion ? { version: sql`${cases.version} + 1` } : {}) })
    .where(and(eq(cases.tenantId, tenantId), eq(cases.id, id)))
    .returning(caseColumns);
  return row!;
}

const operators = alias(users, 'operator');

/** One case with the names the case page shows; undefined when invisible (other tenant, other agency). */
export async function findCaseDetail(tx: Tx, tenantId: string, id: string) {
  const rows = await tx
    .select({
      row: caseColumns,
      topicName: topics.name,
      suggestedAgencyId: topics.defaultAgencyId,
      slaClassName: slaClasses.name,
      agencyName: agencies.name,
      operatorName: operators.name,
    })
    .from(cases)
    .leftJoin(topics, and(eq(topics.tenantId, cases.tenantId), eq(topics.id, cases.topicId)))
    .leftJoin(slaClasses, and(eq(slaClasses.tenantId, cases.tenantId), eq(slaClasses.id, cases.slaClassId)))
    .leftJoin(agencies, and(eq(agencies.tenantId, cases.tenantId), eq(agencies.id, cases.agencyId)))
    .leftJoin(operators, eq(operators.id, cases.operatorId))
    .where(and(eq(cases.tenantId, tenantId), eq(cases.id, id)))
    .limit(1);
  return rows[0];
}

/** Tells listeners (the SSE hubs of every API process) that a case changed; ids only, on commit. */
export async function notifyCaseChanged(
  tx: Tx,
  payload: { tenantId: string; caseId: string; agencyIds: (string | null)[]; kind: string },
) {
  const agencyIds = [...new Set(payload.agencyIds.filter((a): a is string => Boolean(a)))];
  const message = JSON.stringify({ t: payload.tenantId, c: payload.caseId, a: agencyIds, k: payload.kind });
  await tx.execute(sql`select pg_notify(${CASE_CHANNEL}, ${message})`);
}

export const CASE_CHANNEL = 'case_changes';
