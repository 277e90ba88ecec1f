import { and, asc, desc, eq, gte, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { agencies } from '../schema/agencies.js';
import { faqEntries } from '../schema/faq.js';
import { currentTenantId } from '../schema/roles.js';
import { topics } from '../schema/topics.js';

/** Published and still valid on `today` (yyyy-mm-dd in the province's calendar). */
export const publishedOn = (today: string): SQL =>
  and(eq(faqEntries.state, 'public'), or(isNull(faqEntries.validUntil), gte(faqEntries.validUntil, today)))!;

const publicColumns = {
  id: faqEntries.id,
  question: faqEntries.question,
  answer: faqEntries.answerText,
  answerHtml: faqEntries.answerHtml,
  topicCode: topics.code,
  topicName: topics.name,
  sourceAgencyName: agencies.name,
  validUntil: faqEntries.validUntil,
  updatedAt: faqEntries.updatedAt,
};

const joinTopic = and(eq(topics.tenantId, faqEntries.tenantId), eq(topics.id, faqEntries.topicId));
const joinAgency = and(
  eq(agencies.tenantId, faqEntries.tenantId),
  eq(agencies.id, faqEntries.sourceAgencyId),
);

/**
 * Published entries for the portal and the province's landing page: topics in their configured order,
 * the most used first within a topic (or the most used overall, `byUsage`). `topicCode` narrows to one topic.
 */
export function listPublicFaq(
  tx: Tx,
  tenantId: string,
  options: { today: string; limit?: number; offset?: number; topicCode?: string; byUsage?: boolean },
) {
  return tx
    .select(publicColumns)
    .from(faqEntries)
    .leftJoin(topics, joinTopic)
    .leftJoin(agencies, joinAgency)
    .where(
      and(
        eq(faqEntries.tenantId, tenantId),
        publishedOn(options.today),
        options.topicCode ? eq(topics.code, options.topicCode) : undefined,
      ),
    )
    .orderBy(
      ...(options.byUsage
        ? [desc(faqEntries.usageCount)]
        : [asc(topics.position), desc(faqEntries.usageCount)]),
      asc(faqEntries.createdAt),
      asc(faqEntries.id),
    )
    .limit(options.limit ?? 50)
    .offset(options.offset ?? 0);
}

export async function findPublicFaq(tx: Tx, tenantId: string, id: string, today: string) {
  const rows = await tx
    .select(publicColumns)
    .from(faqEntries)
    .leftJoin(topics, joinTopic)
    .leftJoin(agencies, joinAgency)
    .where(and(eq(faqEntries.tenantId, tenantId), eq(faqEntries.id, id), publishedOn(today)))
    .limit(1);
  return rows[0];
}

/** The province's topics with how many published entries each has (0 included), in their order. */
export function listPublicFaqTopics(tx: Tx, tenantId: string, today: string) {
  return tx
    .select({
      code: topics.code,
      name: topics.name,
      count: sql<number>`count(${faqEntries.id})::int`,
    })
    .from(topics)
    .leftJoin(
      faqEntries,
      and(eq(faqEntries.tenantId, topics.tenantId), eq(faqEntries.topicId, topics.id), publishedOn(today)),
    )
    .where(eq(topics.tenantId, tenantId))
    .groupBy(topics.id, topics.code, topics.name, topics.position)
    .orderBy(asc(topics.position), asc(topics.code));
}

/**
 * Counts one use of an entry by an operator (answering a case from it). Runs in the caller's tenant
 * transaction (the province is the transaction's; a province id given first must match it); returns
 * the new count, or null when the province has no such entry.
 */
export function incrementFaqUsage(tx: Tx, faqId: string): Promise<number | null>;
export function incrementFaqUsage(tx: Tx, tenantId: string, faqId: string): Promise<number | null>;
export async function incrementFaqUsage(tx: Tx, first: string, second?: string): Promise<number | null> {
  const [tenantId, faqId] = second === undefined ? [null, first] : [first, second];
  const rows = await tx
    .update(faqEntries)
    .set({ usageCount: sql`${faqEntries.usageCount} + 1` })
    .where(
      and(
        sql`${faqEntries.tenantId} = ${currentTenantId}`,
        tenantId ? eq(faqEntries.tenantId, tenantId) : undefined,
        eq(faqEntries.id, faqId),
      ),
    )
    .returning({ usageCount: faqEntries.usageCount });
  return rows[0]?.usageCount ?? null;
}
