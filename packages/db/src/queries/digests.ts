import type { DigestLetter } from '@tongdai/core';
import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { agencies } from '../schema/agencies.js';
import { cases } from '../schema/cases.js';
import { digestCounters, digests, digestSettings } from '../schema/digests.js';
import { topics } from '../schema/topics.js';

/** Escalated to an agency and not answered yet: what a digest lists. */
export const DIGEST_STATUSES = ['escalated', 'acknowledged'] as const;

export async function getDigestSettings(tx: Tx, tenantId: string) {
  return (await tx.select().from(digestSettings).where(eq(digestSettings.tenantId, tenantId)))[0];
}

export type DigestSettingsValues = Omit<typeof digestSettings.$inferInsert, 'tenantId' | 'updatedAt'>;

export async function saveDigestSettings(tx: Tx, tenantId: string, values: DigestSettingsValues) {
  const set = { ...values, updatedAt: new Date() };
  await tx
    .insert(digestSettings)
    .values({ tenantId, ...set })
    .onConflictDoUpdate({ target: digestSettings.tenantId, set });
}

/** Open escalations with what the letter needs: the agency's address and the citizen's details to remove. */
export function listOpenEscalations(tx: Tx, tenantId: string) {
  return tx
    .select({
      id: cases.id,
      code: cases.code,
      receivedAt: cases.receivedAt,
      content: cases.content,
      dueAt: cases.dueAt,
      agencyId: agencies.id,
      agencyName: agencies.name,
      agencyEmail: agencies.contactEmail,
      topic: topics.name,
      citizenName: cases.citizenName,
      citizenAddress: cases.citizenAddress,
    })
    .from(cases)
    .innerJoin(agencies, and(eq(agencies.tenantId, cases.tenantId), eq(agencies.id, cases.agencyId)))
    .leftJoin(topics, and(eq(topics.tenantId, cases.tenantId), eq(topics.id, cases.topicId)))
    .where(and(eq(cases.tenantId, tenantId), inArray(cases.status, [...DIGEST_STATUSES])))
    .orderBy(asc(agencies.position), asc(agencies.name), asc(cases.dueAt), asc(cases.receivedAt));
}

/**
 * Serialises digest creation within a province for the rest of the transaction, so that two runs at
 * once can neither both create an agency's letter for the day nor leave a gap in the numbering.
 */
export async function lockDigests(tx: Tx, tenantId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`digests:${tenantId}`}, 0))`);
}

export async function findDigestOfDay(tx: Tx, tenantId: string, agencyId: string, digestDate: string) {
  return (
    await tx
      .select({ id: digests.id, number: digests.number })
      .from(digests)
      .where(
        and(
          eq(digests.tenantId, tenantId),
          eq(digests.agencyId, agencyId),
          eq(digests.digestDate, digestDate),
        ),
      )
  )[0];
}

/** The next number in the province's year; call after `lockDigests`, in the transaction that uses it. */
export async function nextDigestNumber(tx: Tx, tenantId: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(digestCounters)
    .values({ tenantId, year, last: 1 })
    .onConflictDoUpdate({
      target: [digestCounters.tenantId, digestCounters.year],
      set: { last: sql`${digestCounters.last} + 1` },
    })
    .returning({ last: digestCounters.last });
  return row!.last;
}

export async function insertDigest(
  tx: Tx,
  values: Omit<typeof digests.$inferInsert, 'id' | 'createdAt' | 'sentAt' | 'sentTo'> & {
    letter: DigestLetter;
  },
) {
  const [row] = await tx.insert(digests).values(values).returning({ id: digests.id });
  return row!.id;
}

/** The day's letters not sent yet, with their agency's address. */
export function listUnsentDigests(tx: Tx, tenantId: string, digestDate: string) {
  return tx
    .select({
      id: digests.id,
      number: digests.number,
      letter: digests.letter,
      agencyId: digests.agencyId,
      agencyEmail: agencies.contactEmail,
    })
    .from(digests)
    .innerJoin(agencies, and(eq(agencies.tenantId, digests.tenantId), eq(agencies.id, digests.agencyId)))
    .where(and(eq(digests.tenantId, tenantId), eq(digests.digestDate, digestDate), isNull(digests.sentAt)))
    .orderBy(asc(digests.number));
}

export async function markDigestSent(tx: Tx, tenantId: string, id: string, sentTo: string, sentAt: Date) {
  await tx
    .update(digests)
    .set({ sentAt, sentTo })
    .where(and(eq(digests.tenantId, tenantId), eq(digests.id, id), isNull(digests.sentAt)));
}

export interface DigestFilters {
  agencyId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit?: number;
}

const summaryColumns = {
  id: digests.id,
  agencyId: digests.agencyId,
  agencyName: agencies.name,
  year: digests.year,
  number: digests.number,
  digestDate: digests.digestDate,
  caseCount: sql<number>`cardinality(${digests.caseIds})`.mapWith(Number),
  createdAt: digests.createdAt,
  sentAt: digests.sentAt,
  sentTo: digests.sentTo,
};

/** History, newest first; agency staff get only their agency's letters from the policy itself. */
export function listDigests(tx: Tx, tenantId: string, filters: DigestFilters = {}) {
  return tx
    .select(summaryColumns)
    .from(digests)
    .innerJoin(agencies, and(eq(agencies.tenantId, digests.tenantId), eq(agencies.id, digests.agencyId)))
    .where(
      and(
        eq(digests.tenantId, tenantId),
        filters.agencyId ? eq(digests.agencyId, filters.agencyId) : undefined,
        filters.from ? gte(digests.digestDate, filters.from) : undefined,
        filters.to ? lte(digests.digestDate, filters.to) : undefined,
      ),
    )
    .orderBy(desc(digests.digestDate), desc(digests.number))
    .limit(filters.limit ?? 100);
}

export async function findDigest(tx: Tx, tenantId: string, id: string) {
  return (
    await tx
      .select({ ...summaryColumns, caseIds: digests.caseIds, letter: digests.letter })
      .from(digests)
      .innerJoin(agencies, and(eq(agencies.tenantId, digests.tenantId), eq(agencies.id, digests.agencyId)))
      .where(and(eq(digests.tenantId, tenantId), eq(digests.id, id)))
  )[0];
}
