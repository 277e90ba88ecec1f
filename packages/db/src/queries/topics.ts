import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { topics } from '../schema/topics.js';

export function listTopics(tx: Tx, tenantId: string) {
  return tx
    .select({ id: topics.id, code: topics.code, name: topics.name })
    .from(topics)
    .where(eq(topics.tenantId, tenantId))
    .orderBy(asc(topics.position), asc(topics.code));
}

export function listTopicSettings(tx: Tx, tenantId: string) {
  return tx
    .select({
      id: topics.id,
      code: topics.code,
      name: topics.name,
      position: topics.position,
      defaultAgencyId: topics.defaultAgencyId,
      slaClassId: topics.slaClassId,
    })
    .from(topics)
    .where(eq(topics.tenantId, tenantId))
    .orderBy(asc(topics.position), asc(topics.code));
}

export interface TopicValues {
  code: string;
  name: string;
  defaultAgencyId?: string | null;
  slaClassId?: string | null;
}

export async function insertTopic(tx: Tx, tenantId: string, values: TopicValues) {
  const [{ next } = { next: 0 }] = await tx
    .select({ next: sql<number>`coalesce(max(${topics.position}) + 1, 0)::int` })
    .from(topics)
    .where(eq(topics.tenantId, tenantId));
  const [row] = await tx
    .insert(topics)
    .values({ tenantId, ...values, position: next })
    .returning({ id: topics.id });
  return row!.id;
}

export async function updateTopic(tx: Tx, tenantId: string, id: string, values: TopicValues) {
  const rows = await tx
    .update(topics)
    .set(values)
    .where(and(eq(topics.tenantId, tenantId), eq(topics.id, id)))
    .returning({ id: topics.id });
  return rows.length > 0;
}

export async function deleteTopic(tx: Tx, tenantId: string, id: string) {
  const rows = await tx
    .delete(topics)
    .where(and(eq(topics.tenantId, tenantId), eq(topics.id, id)))
    .returning({ id: topics.id });
  return rows.length > 0;
}

/** Sets positions to the order of `ids`; false when the ids are not exactly the province's topics. */
export async function reorderTopics(tx: Tx, tenantId: string, ids: string[]) {
  const existing = await tx
    .select({ id: topics.id })
    .from(topics)
    .where(and(eq(topics.tenantId, tenantId), inArray(topics.id, ids)));
  const all = await tx.select({ id: topics.id }).from(topics).where(eq(topics.tenantId, tenantId));
  if (existing.length !== ids.length || all.length !== ids.length || new Set(ids).size !== ids.length)
    return false;
  for (const [position, id] of ids.entries()) {
    await tx
      .update(topics)
      .set({ position })
      .where(and(eq(topics.tenantId, tenantId), eq(topics.id, id)));
  }
  return true;
}
