import type { FaqAdminListQuery, FaqInput, FaqUpdateInput } from '@tongdai/contracts';
import { diffFaq, renderFaqAnswer, searchTokens, type FaqChange, type FaqSnapshot } from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { ApiError, notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';
import { todayIn } from './today.js';

export const FAQ_PAGE_SIZE = 50;
const NOT_FOUND = 'Không tìm thấy câu hỏi này.';

type References = Awaited<ReturnType<typeof queries.listFaqReferences>>;

/** The entry as revisions record it: topic and agency by name, as people read them. */
export function snapshotOf(entry: queries.FaqFull): FaqSnapshot {
  return {
    question: entry.question,
    answer: entry.answer,
    topic: entry.topicName,
    keywords: entry.keywords,
    sourceAgency: entry.sourceAgencyName,
    state: entry.state,
    validUntil: entry.validUntil,
  };
}

/** Values to write from checked input: the answer rendered, references checked against the province. */
export function faqValues(
  input: FaqInput,
  refs: References,
): { values: queries.FaqValues; snapshot: FaqSnapshot } {
  const topic = input.topicId ? refs.topics.find((t) => t.id === input.topicId) : null;
  const agency = input.sourceAgencyId ? refs.agencies.find((a) => a.id === input.sourceAgencyId) : null;
  if (topic === undefined) throw new ApiError('BAD_REQUEST', 'Lĩnh vực không thuộc tỉnh này.');
  if (agency === undefined) throw new ApiError('BAD_REQUEST', 'Cơ quan nguồn không thuộc tỉnh này.');
  const answer = renderFaqAnswer(input.answer);
  const question = input.question.normalize('NFC').replace(/\s+/g, ' ');
  const keywords = input.keywords.map((k) => k.normalize('NFC'));
  const values: queries.FaqValues = {
    topicId: topic?.id ?? null,
    question,
    answer: answer.source,
    answerHtml: answer.html,
    answerText: answer.text,
    keywords,
    sourceAgencyId: agency?.id ?? null,
    state: input.state,
    validUntil: input.validUntil,
  };
  const snapshot: FaqSnapshot = {
    question,
    answer: answer.source,
    topic: topic?.name ?? null,
    keywords,
    sourceAgency: agency?.name ?? null,
    state: input.state,
    validUntil: input.validUntil,
  };
  return { values, snapshot };
}

const actor = (c: Context<AppEnv>) => ({
  actorUserId: c.get('auth')?.userId ?? null,
  actorName: c.get('auth')?.name ?? null,
});

export async function listEntries(c: Context<AppEnv>, query: FaqAdminListQuery) {
  const page = query.page ?? 1;
  const today = todayIn(c);
  const contains = query.q ? searchTokens(query.q).join(' ') : '';
  return inTenant(c, async (tx, tenantId) => {
    const topic = query.topic
      ? (await queries.listFaqReferences(tx, tenantId)).topics.find((t) => t.code === query.topic)
      : undefined;
    if (query.topic && !topic) return { entries: [], total: 0, page, pageSize: FAQ_PAGE_SIZE };
    const { rows, total } = await queries.listFaqAdmin(tx, tenantId, {
      today,
      ...(query.state ? { state: query.state } : {}),
      ...(topic ? { topicId: topic.id } : {}),
      ...(contains ? { contains } : {}),
      expired: query.expired === '1',
      sort: query.sort ?? 'updated',
      limit: FAQ_PAGE_SIZE,
      offset: (page - 1) * FAQ_PAGE_SIZE,
    });
    const entries = rows.map((r) => ({
      ...r,
      updatedAt: r.updatedAt.toISOString(),
      expired: r.validUntil !== null && r.validUntil < today,
    }));
    return { entries, total, page, pageSize: FAQ_PAGE_SIZE };
  });
}

async function loadEntry(tx: Tx, tenantId: string, id: string) {
  const entry = await queries.findFaqEntry(tx, tenantId, id);
  if (!entry) throw notFound(NOT_FOUND);
  return entry;
}

const entryOutput = (entry: queries.FaqFull) => ({
  ...entry,
  createdAt: entry.createdAt.toISOString(),
  updatedAt: entry.updatedAt.toISOString(),
});

export function getEntry(c: Context<AppEnv>, id: string) {
  return inTenant(c, async (tx, tenantId) => {
    const entry = await loadEntry(tx, tenantId, id);
    const revisions = await queries.listFaqRevisions(tx, tenantId, id);
    return {
      entry: entryOutput(entry),
      revisions: revisions.map((r) => ({ ...r, at: r.at.toISOString(), changes: r.changes as FaqChange[] })),
    };
  });
}

export function createEntry(c: Context<AppEnv>, input: FaqInput) {
  return inTenant(c, async (tx, tenantId) => {
    const { values, snapshot } = faqValues(input, await queries.listFaqReferences(tx, tenantId));
    const who = actor(c);
    const [id] = await queries.insertFaqEntries(tx, tenantId, [values], who.actorUserId);
    await queries.insertFaqRevisions(tx, tenantId, [
      { faqId: id!, revision: 1, action: 'create', changes: diffFaq(null, snapshot), ...who },
    ]);
    await audit(c, tx, tenantId, {
      action: 'faq.created',
      targetType: 'faq',
      targetId: id!,
      details: { state: values.state },
    });
    return entryOutput(await loadEntry(tx, tenantId, id!));
  });
}

export function updateEntry(c: Context<AppEnv>, id: string, input: FaqUpdateInput) {
  return inTenant(c, async (tx, tenantId) => {
    const before = await loadEntry(tx, tenantId, id);
    const { values, snapshot } = faqValues(input, await queries.listFaqReferences(tx, tenantId));
    const who = actor(c);
    const revision = await queries.updateFaqEntry(tx, tenantId, id, values, input.revision, who.actorUserId);
    if (revision === null) {
      throw new ApiError(
        'CONFLICT',
        `Câu hỏi đã được người khác sửa (phiên bản ${before.revision}) sau khi bạn mở: hãy tải lại rồi sửa tiếp.`,
      );
    }
    const changes = diffFaq(snapshotOf(before), snapshot);
    await queries.insertFaqRevisions(tx, tenantId, [
      { faqId: id, revision, action: 'update', changes, ...who },
    ]);
    await audit(c, tx, tenantId, {
      action: 'faq.updated',
      targetType: 'faq',
      targetId: id,
      details: { revision, fields: changes.map((ch) => ch.field) },
    });
    return entryOutput(await loadEntry(tx, tenantId, id));
  });
}

export function deleteEntry(c: Context<AppEnv>, id: string) {
  return inTenant(c, async (tx, tenantId) => {
    const entry = await loadEntry(tx, tenantId, id);
    await queries.deleteFaqEntry(tx, tenantId, id);
    await audit(c, tx, tenantId, {
      action: 'faq.deleted',
      targetType: 'faq',
      targetId: id,
      details: { question: entry.question, revision: entry.revision },
    });
  });
}

/** An operator answered with this entry: one more use. Drafts are not usable. */
export function recordUse(c: Context<AppEnv>, id: string) {
  return inTenant(c, async (tx, tenantId) => {
    const entry = await queries.findFaqEntry(tx, tenantId, id);
    if (!entry || entry.state === 'draft') throw notFound(NOT_FOUND);
    return { usageCount: (await queries.incrementFaqUsage(tx, id)) ?? entry.usageCount };
  });
}
