import { and, between, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { cases } from '../schema/cases.js';
import { topics } from '../schema/topics.js';

/** Other cases from the same number received in [from, to], not merged into another. */
export function samePhoneCases(
  tx: Tx,
  tenantId: string,
  p: { caseId: string; phone: string; from: Date; to: Date; limit: number },
) {
  return tx
    .select({ id: cases.id, receivedAt: cases.receivedAt })
    .from(cases)
    .where(
      and(
        eq(cases.tenantId, tenantId),
        eq(cases.citizenPhone, p.phone),
        between(cases.receivedAt, p.from, p.to),
        ne(cases.id, p.caseId),
        isNull(cases.mergedInto),
      ),
    )
    .orderBy(desc(cases.receivedAt))
    .limit(p.limit);
}

/**
 * Cases whose text is trigram-similar to `text` (accents folded: f_unaccent is what the GIN index
 * `cases_content_trgm` is built on), in the same topic when one is given, received in [from, to].
 * The `%` operator's threshold is raised to `minSimilarity` for the rest of the transaction, so the
 * index (or the filter, under row-level security) drops weak matches before similarity() is computed.
 */
export async function similarTextCases(
  tx: Tx,
  tenantId: string,
  p: {
    caseId: string;
    topicId: string | null;
    text: string;
    from: Date;
    to: Date;
    minSimilarity: number;
    limit: number;
  },
) {
  const folded = sql`public.f_unaccent(${cases.content})`;
  const probe = sql`public.f_unaccent(${p.text})`;
  const similarity = sql<number>`similarity(${folded}, ${probe})`;
  await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(p.minSimilarity)}, true)`);
  return tx
    .select({ id: cases.id, receivedAt: cases.receivedAt, similarity })
    .from(cases)
    .where(
      and(
        eq(cases.tenantId, tenantId),
        p.topicId ? eq(cases.topicId, p.topicId) : undefined,
        between(cases.receivedAt, p.from, p.to),
        ne(cases.id, p.caseId),
        isNull(cases.mergedInto),
        sql`${folded} % ${probe}`,
        sql`${similarity} >= ${p.minSimilarity}`,
      ),
    )
    .orderBy(desc(similarity))
    .limit(p.limit);
}

/** What a suggestion shows of each case: no citizen data but the (to be masked) phone. */
export function caseSummaries(tx: Tx, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .select({
      id: cases.id,
      code: cases.code,
      channel: cases.channel,
      status: cases.status,
      receivedAt: cases.receivedAt,
      topicName: topics.name,
      preview: sql<string>`left(${cases.content}, 200)`,
      citizenPhone: cases.citizenPhone,
    })
    .from(cases)
    .leftJoin(topics, and(eq(topics.tenantId, cases.tenantId), eq(topics.id, cases.topicId)))
    .where(and(eq(cases.tenantId, tenantId), inArray(cases.id, [...ids])));
}
