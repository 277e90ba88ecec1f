import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { agencies } from '../schema/agencies.js';
import { publishedAnswers } from '../schema/published-answers.js';
import { topics } from '../schema/topics.js';

export type PublishedAnswerValues = Omit<
  typeof publishedAnswers.$inferInsert,
  'id' | 'publishedAt' | 'updatedAt' | 'withdrawnAt'
>;

/** Publishes (or republishes, with the new text) the case's answer. */
export async function upsertPublishedAnswer(tx: Tx, values: PublishedAnswerValues, now: Date) {
  const { tenantId: _t, caseId: _c, ...changes } = values;
  const [row] = await tx
    .insert(publishedAnswers)
    .values({ ...values, publishedAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [publishedAnswers.tenantId, publishedAnswers.caseId],
      set: { ...changes, updatedAt: now, withdrawnAt: null },
    })
    .returning();
  return row!;
}

const publicColumns = {
  id: publishedAnswers.id,
  caseId: publishedAnswers.caseId,
  question: publishedAnswers.question,
  answer: publishedAnswers.answer,
  answerHtml: publishedAnswers.answerHtml,
  topicName: topics.name,
  topicCode: topics.code,
  agencyName: agencies.name,
  publishedAt: publishedAnswers.publishedAt,
  faqId: publishedAnswers.faqId,
  withdrawnAt: publishedAnswers.withdrawnAt,
};

function selectPublic(tx: Tx) {
  return tx
    .select(publicColumns)
    .from(publishedAnswers)
    .leftJoin(
      topics,
      and(eq(topics.tenantId, publishedAnswers.tenantId), eq(topics.id, publishedAnswers.topicId)),
    )
    .leftJoin(
      agencies,
      and(eq(agencies.tenantId, publishedAnswers.tenantId), eq(agencies.id, publishedAnswers.agencyId)),
    );
}

export type PublicAnswerRow = Awaited<ReturnType<typeof findPublicAnswer>>;

/** The case's publication, withdrawn or not. */
export async function findPublicationOfCase(tx: Tx, tenantId: string, caseId: string) {
  const rows = await selectPublic(tx)
    .where(and(eq(publishedAnswers.tenantId, tenantId), eq(publishedAnswers.caseId, caseId)))
    .limit(1);
  return rows[0];
}

export async function findPublicAnswer(tx: Tx, tenantId: string, id: string) {
  const rows = await selectPublic(tx)
    .where(
      and(
        eq(publishedAnswers.tenantId, tenantId),
        eq(publishedAnswers.id, id),
        isNull(publishedAnswers.withdrawnAt),
      ),
    )
    .limit(1);
  return rows[0];
}

/** Published answers, newest first, optionally of one topic; with the total for paging. */
export async function listPublicAnswers(
  tx: Tx,
  tenantId: string,
  filter: { topicId?: string; limit: number; offset: number },
) {
  const where = and(
    eq(publishedAnswers.tenantId, tenantId),
    isNull(publishedAnswers.withdrawnAt),
    filter.topicId ? eq(publishedAnswers.topicId, filter.topicId) : undefined,
  );
  const rows = await selectPublic(tx)
    .where(where)
    .orderBy(desc(publishedAnswers.publishedAt), desc(publishedAnswers.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await tx.select({ n: count() }).from(publishedAnswers).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function withdrawPublishedAnswer(tx: Tx, tenantId: string, caseId: string, now: Date) {
  const rows = await tx
    .update(publishedAnswers)
    .set({ withdrawnAt: now, updatedAt: now })
    .where(
      and(
        eq(publishedAnswers.tenantId, tenantId),
        eq(publishedAnswers.caseId, caseId),
        isNull(publishedAnswers.withdrawnAt),
      ),
    )
    .returning({ id: publishedAnswers.id });
  return rows.length > 0;
}
