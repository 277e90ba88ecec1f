import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { agencies } from '../schema/agencies.js';
import { caseEvents, cases } from '../schema/cases.js';
import { topics } from '../schema/topics.js';

/** What the public status page reads of a case: nothing about the citizen, nothing about staff. */
const statusColumns = {
  id: cases.id,
  code: cases.code,
  status: cases.status,
  receivedAt: cases.receivedAt,
  dueAt: cases.dueAt,
  answer: cases.answer,
  agencyId: cases.agencyId,
  topicName: topics.name,
};
export type PublicCaseRow = {
  id: string;
  code: string;
  status: (typeof cases.$inferSelect)['status'];
  receivedAt: Date;
  dueAt: Date | null;
  answer: unknown;
  agencyId: string | null;
  topicName: string | null;
};

const joinTopic = and(eq(topics.tenantId, cases.tenantId), eq(topics.id, cases.topicId));

/**
 * The case with this code whose phone or e-mail is the one given. One query whether the code is wrong
 * or the contact is: the caller answers both the same way, and they take the same time.
 */
export async function findCaseByCodeAndContact(
  tx: Tx,
  tenantId: string,
  code: string,
  contact: { phone?: string; email?: string },
): Promise<PublicCaseRow | undefined> {
  const matches = [
    contact.phone ? eq(cases.citizenPhone, contact.phone) : undefined,
    contact.email ? sql`lower(${cases.citizenEmail}) = ${contact.email.toLowerCase()}` : undefined,
  ].filter(Boolean);
  if (matches.length === 0) return undefined;
  const rows = await tx
    .select(statusColumns)
    .from(cases)
    .leftJoin(topics, joinTopic)
    .where(and(eq(cases.tenantId, tenantId), eq(cases.code, code), or(...matches)))
    .limit(1);
  return rows[0];
}

export async function findPublicCaseById(
  tx: Tx,
  tenantId: string,
  id: string,
): Promise<PublicCaseRow | undefined> {
  const rows = await tx
    .select(statusColumns)
    .from(cases)
    .leftJoin(topics, joinTopic)
    .where(and(eq(cases.tenantId, tenantId), eq(cases.id, id)))
    .limit(1);
  return rows[0];
}

/** The events marked public, oldest first, without who acted. */
export function listPublicCaseEvents(tx: Tx, tenantId: string, caseId: string) {
  return tx
    .select({
      at: caseEvents.at,
      type: caseEvents.type,
      visibility: caseEvents.visibility,
      data: caseEvents.data,
    })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.tenantId, tenantId),
        eq(caseEvents.caseId, caseId),
        eq(caseEvents.visibility, 'public'),
      ),
    )
    .orderBy(asc(caseEvents.id));
}

export async function agencyNamesById(tx: Tx, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), inArray(agencies.id, ids)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A topic by its id, with whether it can classify a case at once (it has an SLA class). */
export async function findTopicById(tx: Tx, tenantId: string, id: string) {
  const rows = await tx
    .select({ id: topics.id, code: topics.code, name: topics.name, slaClassId: topics.slaClassId })
    .from(topics)
    .where(and(eq(topics.tenantId, tenantId), eq(topics.id, id)))
    .limit(1);
  return rows[0];
}
