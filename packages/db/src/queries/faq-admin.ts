import { and, asc, count, desc, eq, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { agencies } from '../schema/agencies.js';
import { faqEntries, faqRevisions } from '../schema/faq.js';
import { topics } from '../schema/topics.js';

export type FaqStateValue = (typeof faqEntries.state.enumValues)[number];

/** What an editor or an import writes; the answer in its three forms (see renderFaqAnswer). */
export interface FaqValues {
  topicId: string | null;
  question: string;
  answer: string;
  answerHtml: string;
  answerText: string;
  keywords: string[];
  sourceAgencyId: string | null;
  state: FaqStateValue;
  validUntil: string | null;
}

export interface FaqAdminFilter {
  today: string;
  state?: FaqStateValue;
  topicId?: string;
  /** Folded words ([a-z0-9 ]) the question or keywords must contain. */
  contains?: string;
  /** Only entries whose valid-until date has passed. */
  expired?: boolean;
  sort?: 'updated' | 'usage';
  limit: number;
  offset: number;
}

const joinTopic = and(eq(topics.tenantId, faqEntries.tenantId), eq(topics.id, faqEntries.topicId));
const joinAgency = and(
  eq(agencies.tenantId, faqEntries.tenantId),
  eq(agencies.id, faqEntries.sourceAgencyId),
);

function adminWhere(tenantId: string, f: FaqAdminFilter): SQL {
  return and(
    eq(faqEntries.tenantId, tenantId),
    f.state ? eq(faqEntries.state, f.state) : undefined,
    f.topicId ? eq(faqEntries.topicId, f.topicId) : undefined,
    f.contains ? sql`${faqEntries.searchText} like ${`%${f.contains}%`}` : undefined,
    f.expired ? and(isNotNull(faqEntries.validUntil), lt(faqEntries.validUntil, f.today)) : undefined,
  )!;
}

/** The management list: every state, filtered, newest edit (or most used) first, with the total. */
export async function listFaqAdmin(tx: Tx, tenantId: string, f: FaqAdminFilter) {
  const where = adminWhere(tenantId, f);
  const rows = await tx
    .select({
      id: faqEntries.id,
      question: faqEntries.question,
      state: faqEntries.state,
      topicCode: topics.code,
      topicName: topics.name,
      sourceAgencyName: agencies.name,
      validUntil: faqEntries.validUntil,
      usageCount: faqEntries.usageCount,
      revision: faqEntries.revision,
      updatedAt: faqEntries.updatedAt,
    })
    .from(faqEntries)
    .leftJoin(topics, joinTopic)
    .leftJoin(agencies, joinAgency)
    .where(where)
    .orderBy(
      ...(f.sort === 'usage' ? [desc(faqEntries.usageCount)] : []),
      desc(faqEntries.updatedAt),
      asc(faqEntries.id),
    )
    .limit(f.limit)
    .offset(f.offset);
  const [total] = await tx.select({ n: count() }).from(faqEntries).where(where);
  return { rows, total: total?.n ?? 0 };
}

const fullColumns = {
  id: faqEntries.id,
  question: faqEntries.question,
  answer: faqEntries.answer,
  answerHtml: faqEntries.answerHtml,
  answerText: faqEntries.answerText,
  topicId: faqEntries.topicId,
  topicCode: topics.code,
  topicName: topics.name,
  keywords: faqEntries.keywords,
  sourceAgencyId: faqEntries.sourceAgencyId,
  sourceAgencyName: agencies.name,
  state: faqEntries.state,
  validUntil: faqEntries.validUntil,
  usageCount: faqEntries.usageCount,
  revision: faqEntries.revision,
  createdAt: faqEntries.createdAt,
  updatedAt: faqEntries.updatedAt,
};

export type FaqFull = Awaited<ReturnType<typeof findFaqEntries>>[number];

/** Entries with everything the edit form shows, by id (any state). */
export function findFaqEntries(tx: Tx, tenantId: string, ids: readonly string[]) {
  return tx
    .select(fullColumns)
    .from(faqEntries)
    .leftJoin(topics, joinTopic)
    .leftJoin(agencies, joinAgency)
    .where(and(eq(faqEntries.tenantId, tenantId), inArray(faqEntries.id, [...ids])));
}

export async function findFaqEntry(tx: Tx, tenantId: string, id: string): Promise<FaqFull | undefined> {
  return (await findFaqEntries(tx, tenantId, [id]))[0];
}

/** Every entry for the export, in topic order. */
export function listFaqForExport(tx: Tx, tenantId: string) {
  return tx
    .select(fullColumns)
    .from(faqEntries)
    .leftJoin(topics, joinTopic)
    .leftJoin(agencies, joinAgency)
    .where(eq(faqEntries.tenantId, tenantId))
    .orderBy(asc(topics.position), asc(faqEntries.createdAt), asc(faqEntries.id));
}

/** Topics and agencies an entry may name, for resolving imports and naming them in revisions. */
export async function listFaqReferences(tx: Tx, tenantId: string) {
  const [topicRows, agencyRows] = await Promise.all([
    tx
      .select({ id: topics.id, code: topics.code, name: topics.name })
      .from(topics)
      .where(eq(topics.tenantId, tenantId))
      .orderBy(asc(topics.position), asc(topics.code)),
    tx
      .select({ id: agencies.id, code: agencies.code, name: agencies.name })
      .from(agencies)
      .where(eq(agencies.tenantId, tenantId))
      .orderBy(asc(agencies.position), asc(agencies.code)),
  ]);
  return { topics: topicRows, agencies: agencyRows };
}

/** Ids and questions of every entry: how an import tells updates from new entries. */
export function listFaqQuestions(tx: Tx, tenantId: string) {
  return tx
    .select({ id: faqEntries.id, question: faqEntries.question })
    .from(faqEntries)
    .where(eq(faqEntries.tenantId, tenantId));
}

export async function insertFaqEntries(
  tx: Tx,
  tenantId: string,
  values: readonly FaqValues[],
  actorUserId: string | null,
): Promise<string[]> {
  if (values.length === 0) return [];
  const rows = await tx
    .insert(faqEntries)
    .values(values.map((v) => ({ ...v, tenantId, createdBy: actorUserId, updatedBy: actorUserId })))
    .returning({ id: faqEntries.id });
  return rows.map((r) => r.id);
}

/**
 * Writes an edit made on `expectedRevision`; returns the new revision, or null when the entry is gone
 * or someone saved another revision meanwhile (the caller tells which).
 */
export async function updateFaqEntry(
  tx: Tx,
  tenantId: string,
  id: string,
  values: FaqValues,
  expectedRevision: number,
  actorUserId: string | null,
): Promise<number | null> {
  const rows = await tx
    .update(faqEntries)
    .set({
      ...values,
      revision: sql`${faqEntries.revision} + 1`,
      updatedBy: actorUserId,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(faqEntries.tenantId, tenantId),
        eq(faqEntries.id, id),
        eq(faqEntries.revision, expectedRevision),
      ),
    )
    .returning({ revision: faqEntries.revision });
  return rows[0]?.revision ?? null;
}

export async function deleteFaqEntry(tx: Tx, tenantId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(faqEntries)
    .where(and(eq(faqEntries.tenantId, tenantId), eq(faqEntries.id, id)))
    .returning({ id: faqEntries.id });
  return rows.length > 0;
}

export interface FaqRevisionValues {
  faqId: string;
  revision: number;
  actorUserId: string | null;
  actorName: string | null;
  action: 'create' | 'update' | 'import';
  changes: unknown;
}

export async function insertFaqRevisions(tx: Tx, tenantId: string, revisions: readonly FaqRevisionValues[]) {
  if (revisions.length === 0) return;
  await tx.insert(faqRevisions).values(revisions.map((r) => ({ ...r, tenantId })));
}

/** An entry's history, newest first. */
export function listFaqRevisions(tx: Tx, tenantId: string, faqId: string) {
  return tx
    .select({
      revision: faqRevisions.revision,
      at: faqRevisions.at,
      actorName: faqRevisions.actorName,
      action: faqRevisions.action,
      changes: faqRevisions.changes,
    })
    .from(faqRevisions)
    .where(and(eq(faqRevisions.tenantId, tenantId), eq(faqRevisions.faqId, faqId)))
    .orderBy(desc(faqRevisions.id));
}
