import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { faqEntries } from '../schema/faq.js';
import { topics } from '../schema/topics.js';

/** Published entries, for the portal and the province's landing page. */
export function listPublicFaq(tx: Tx, tenantId: string, limit = 50) {
  return tx
    .select({
      id: faqEntries.id,
      question: faqEntries.question,
      answer: faqEntries.answer,
      topicCode: topics.code,
      topicName: topics.name,
    })
    .from(faqEntries)
    .leftJoin(topics, and(eq(topics.tenantId, faqEntries.tenantId), eq(topics.id, faqEntries.topicId)))
    .where(and(eq(faqEntries.tenantId, tenantId), eq(faqEntries.state, 'public')))
    .orderBy(asc(topics.position), asc(faqEntries.createdAt))
    .limit(limit);
}

export async function findPublicFaq(tx: Tx, tenantId: string, id: string) {
  const rows = await tx
    .select({ id: faqEntries.id, question: faqEntries.question, answer: faqEntries.answer })
    .from(faqEntries)
    .where(and(eq(faqEntries.tenantId, tenantId), eq(faqEntries.id, id), eq(faqEntries.state, 'public')))
    .limit(1);
  return rows[0];
}
