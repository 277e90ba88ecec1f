import { and, asc, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { agencies } from '../schema/agencies.js';
import { cases } from '../schema/cases.js';
import { faqEntries } from '../schema/faq.js';
import { open311ApiKeys, open311Requests } from '../schema/open311.js';
import { topics } from '../schema/topics.js';
import { users } from '../schema/users.js';

type CaseStatus = (typeof cases.$inferSelect)['status'];

/* Keys */

export async function insertOpen311Key(
  tx: Tx,
  values: { tenantId: string; name: string; prefix: string; keyHash: string; createdBy: string | null },
) {
  const [row] = await tx.insert(open311ApiKeys).values(values).returning();
  return row!;
}

/** Keys of the province, newest first, with who issued them and how many requests each created. */
export function listOpen311Keys(tx: Tx, tenantId: string) {
  return tx
    .select({
      id: open311ApiKeys.id,
      name: open311ApiKeys.name,
      prefix: open311ApiKeys.prefix,
      createdAt: open311ApiKeys.createdAt,
      createdByName: users.name,
      lastUsedAt: open311ApiKeys.lastUsedAt,
      revokedAt: open311ApiKeys.revokedAt,
      requestCount: sql<number>`(select count(*)::int from ${open311Requests} r
        where r.tenant_id = ${open311ApiKeys.tenantId} and r.api_key_id = ${open311ApiKeys.id})`,
    })
    .from(open311ApiKeys)
    .leftJoin(users, eq(users.id, open311ApiKeys.createdBy))
    .where(eq(open311ApiKeys.tenantId, tenantId))
    .orderBy(desc(open311ApiKeys.createdAt), asc(open311ApiKeys.id));
}

/** Revokes a key once; the row stays so past requests still name their key. Undefined: no such key. */
export async function revokeOpen311Key(tx: Tx, tenantId: string, id: string, by: string, at: Date) {
  await tx
    .update(open311ApiKeys)
    .set({ revokedAt: at, revokedBy: by })
    .where(
      and(eq(open311ApiKeys.tenantId, tenantId), eq(open311ApiKeys.id, id), isNull(open311ApiKeys.revokedAt)),
    );
  const rows = await tx
    .select({ id: open311ApiKeys.id, name: open311ApiKeys.name, revokedAt: open311ApiKeys.revokedAt })
    .from(open311ApiKeys)
    .where(and(eq(open311ApiKeys.tenantId, tenantId), eq(open311ApiKeys.id, id)))
    .limit(1);
  return rows[0];
}

/** The key with this hash if it has not been revoked; marks it used. */
export async function useOpen311Key(tx: Tx, tenantId: string, keyHash: string, at: Date) {
  const rows = await tx
    .update(open311ApiKeys)
    .set({ lastUsedAt: at })
    .where(
      and(
        eq(open311ApiKeys.tenantId, tenantId),
        eq(open311ApiKeys.keyHash, keyHash),
        isNull(open311ApiKeys.revokedAt),
      ),
    )
    .returning({ id: open311ApiKeys.id, name: open311ApiKeys.name });
  return rows[0];
}

/* Requests and tokens */

/** Records that a key created a case (once per case) and returns the case's token. */
export async function recordOpen311Request(
  tx: Tx,
  values: { tenantId: string; caseId: string; apiKeyId: string; clientRequestId: string | null },
): Promise<string> {
  await tx.insert(open311Requests).values(values).onConflictDoNothing();
  const rows = await tx
    .select({ token: open311Requests.token })
    .from(open311Requests)
    .where(and(eq(open311Requests.tenantId, values.tenantId), eq(open311Requests.caseId, values.caseId)))
    .limit(1);
  return rows[0]!.token;
}

export async function findOpen311Token(tx: Tx, tenantId: string, token: string) {
  const rows = await tx
    .select({ token: open311Requests.token, code: cases.code })
    .from(open311Requests)
    .innerJoin(cases, and(eq(cases.tenantId, open311Requests.tenantId), eq(cases.id, open311Requests.caseId)))
    .where(and(eq(open311Requests.tenantId, tenantId), eq(open311Requests.token, token)))
    .limit(1);
  return rows[0];
}

export interface Open311RequestFilter {
  /** Case codes; when given, every other filter is ignored (the spec's service_request_id). */
  codes?: string[];
  topicCodes?: string[];
  from?: Date;
  to?: Date;
  statuses?: CaseStatus[];
  limit: number;
}

/** Cases as service requests, newest first: public facts only (no content, contact or address). */
export function listOpen311Requests(tx: Tx, tenantId: string, filter: Open311RequestFilter) {
  const where = filter.codes
    ? and(eq(cases.tenantId, tenantId), inArray(cases.code, filter.codes))
    : and(
        eq(cases.tenantId, tenantId),
        filter.from ? gte(cases.receivedAt, filter.from) : undefined,
        filter.to ? lt(cases.receivedAt, filter.to) : undefined,
        filter.topicCodes ? inArray(topics.code, filter.topicCodes) : undefined,
        filter.statuses ? inArray(cases.status, filter.statuses) : undefined,
      );
  return tx
    .select({
      code: cases.code,
      status: cases.status,
      topicCode: topics.code,
      topicName: topics.name,
      agencyName: agencies.name,
      commune: cases.commune,
      receivedAt: cases.receivedAt,
      updatedAt: cases.updatedAt,
      dueAt: cases.dueAt,
    })
    .from(cases)
    .leftJoin(topics, and(eq(topics.tenantId, cases.tenantId), eq(topics.id, cases.topicId)))
    .leftJoin(agencies, and(eq(agencies.tenantId, cases.tenantId), eq(agencies.id, cases.agencyId)))
    .where(where)
    .orderBy(desc(cases.receivedAt), desc(cases.id))
    .limit(filter.limit);
}

/* Services (topics) */

/** The province's topics as services, with the default agency's name as the group. */
export function listOpen311Services(tx: Tx, tenantId: string) {
  return tx
    .select({
      id: topics.id,
      code: topics.code,
      name: topics.name,
      slaClassId: topics.slaClassId,
      agencyName: agencies.name,
    })
    .from(topics)
    .leftJoin(agencies, and(eq(agencies.tenantId, topics.tenantId), eq(agencies.id, topics.defaultAgencyId)))
    .where(eq(topics.tenantId, tenantId))
    .orderBy(asc(topics.position), asc(topics.code));
}

/** Keywords of published FAQ entries per topic, most frequent first (the spec's `keywords`). */
export async function topicKeywords(
  tx: Tx,
  tenantId: string,
  perTopic: number,
): Promise<Map<string, string[]>> {
  const keyword = sql<string>`unnest(${faqEntries.keywords})`;
  const rows = await tx
    .select({ topicId: faqEntries.topicId, keyword: keyword.as('keyword'), n: sql<number>`count(*)::int` })
    .from(faqEntries)
    .where(and(eq(faqEntries.tenantId, tenantId), eq(faqEntries.state, 'public')))
    .groupBy(faqEntries.topicId, sql`2`)
    .orderBy(sql`3 desc`, sql`2`);
  const byTopic = new Map<string, string[]>();
  for (const r of rows) {
    if (!r.topicId) continue;
    const list = byTopic.get(r.topicId) ?? [];
    if (list.length < perTopic) list.push(r.keyword);
    byTopic.set(r.topicId, list);
  }
  return byTopic;
}

export async function findTopicByCode(tx: Tx, tenantId: string, code: string) {
  const rows = await tx
    .select({ id: topics.id, code: topics.code, name: topics.name, slaClassId: topics.slaClassId })
    .from(topics)
    .where(and(eq(topics.tenantId, tenantId), eq(topics.code, code)))
    .limit(1);
  return rows[0];
}
