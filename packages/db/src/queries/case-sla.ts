import { and, asc, eq, lte } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { cases } from '../schema/cases.js';
import { slaClasses } from '../schema/sla.js';
import { topics } from '../schema/topics.js';

export async function findSlaClass(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .select()
    .from(slaClasses)
    .where(and(eq(slaClasses.tenantId, tenantId), eq(slaClasses.id, id)))
    .limit(1);
  return row;
}

/** Cases whose watched SLA instant has passed, most overdue first: one range scan of cases_sla_watch. */
export function slaSweepCandidatesQuery(tx: Tx, tenantId: string, now: Date, limit: number) {
  return tx
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.tenantId, tenantId), lte(cases.slaWatchAt, now)))
    .orderBy(asc(cases.slaWatchAt))
    .limit(limit);
}

export async function slaSweepCandidates(tx: Tx, tenantId: string, now: Date, limit: number) {
  return (await slaSweepCandidatesQuery(tx, tenantId, now, limit)).map((r) => r.id);
}

export async function findTopicForCase(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .select({
      id: topics.id,
      name: topics.name,
      slaClassId: topics.slaClassId,
      defaultAgencyId: topics.defaultAgencyId,
    })
    .from(topics)
    .where(and(eq(topics.tenantId, tenantId), eq(topics.id, id)))
    .limit(1);
  return row;
}
