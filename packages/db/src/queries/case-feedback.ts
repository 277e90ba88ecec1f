import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { agencies } from '../schema/agencies.js';
import { caseFeedback } from '../schema/case-feedback.js';
import { cases } from '../schema/cases.js';

export type FeedbackInsert = Omit<typeof caseFeedback.$inferInsert, 'id' | 'createdAt'>;

export async function findFeedbackOfCase(tx: Tx, tenantId: string, caseId: string) {
  const rows = await tx
    .select()
    .from(caseFeedback)
    .where(and(eq(caseFeedback.tenantId, tenantId), eq(caseFeedback.caseId, caseId)))
    .limit(1);
  return rows[0];
}

/** Inserts the rating; false when the case already has one (the link works once). */
export async function insertFeedback(tx: Tx, values: FeedbackInsert, now: Date): Promise<boolean> {
  const rows = await tx
    .insert(caseFeedback)
    .values({ ...values, createdAt: now })
    .onConflictDoNothing({ target: [caseFeedback.tenantId, caseFeedback.caseId] })
    .returning({ id: caseFeedback.id });
  return rows.length > 0;
}

/** Ratings received in [from, to), newest first, with the case code and the agency's name. */
export function listFeedback(tx: Tx, tenantId: string, range: { from?: Date; to?: Date }) {
  return tx
    .select({
      rating: caseFeedback.rating,
      comment: caseFeedback.comment,
      reopened: caseFeedback.reopened,
      createdAt: caseFeedback.createdAt,
      agencyId: caseFeedback.agencyId,
      agencyName: agencies.name,
      code: cases.code,
    })
    .from(caseFeedback)
    .innerJoin(cases, and(eq(cases.tenantId, caseFeedback.tenantId), eq(cases.id, caseFeedback.caseId)))
    .leftJoin(
      agencies,
      and(eq(agencies.tenantId, caseFeedback.tenantId), eq(agencies.id, caseFeedback.agencyId)),
    )
    .where(
      and(
        eq(caseFeedback.tenantId, tenantId),
        range.from ? gte(caseFeedback.createdAt, range.from) : undefined,
        range.to ? lt(caseFeedback.createdAt, range.to) : undefined,
      ),
    )
    .orderBy(desc(caseFeedback.createdAt));
}
