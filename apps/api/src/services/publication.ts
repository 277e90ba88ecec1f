import type {
  PublicAnswerListOutput,
  PublicAnswerListQuery,
  PublicationDraftOutput,
  PublicationInput,
  PublishedAnswerView,
} from '@tongdai/contracts';
import {
  can,
  describeLeaks,
  diffFaq,
  publicationDraft,
  publicationLeaks,
  renderFaqAnswer,
  type CaseAnswer,
  type KnownPersonalData,
} from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../context.js';
import { ApiError, notFound } from '../lib/errors.js';
import { inTenant } from '../lib/tenant-db.js';
import { audit } from './audit.js';
import { faqValues } from './faq/entries.js';

const NOT_FOUND = 'Không tìm thấy hồ sơ này.';
/** Statuses in which the case has an answer worth publishing. */
const ANSWERED = new Set(['answered', 'relayed', 'closed']);
export const PUBLIC_ANSWERS_PAGE = 20;

type CaseRow = queries.CaseRow;

const knownOf = (row: CaseRow): KnownPersonalData => ({
  names: [row.citizenName],
  addresses: [row.citizenAddress],
  communes: [row.commune],
});

/** The answer's editable source: the agency's Markdown, the FAQ entry's, nothing for a phone answer. */
async function answerSource(tx: Tx, tenantId: string, answer: CaseAnswer | null): Promise<string> {
  if (answer?.source === 'agency') return answer.text;
  if (answer?.source === 'faq') return (await queries.findFaqEntry(tx, tenantId, answer.faqId))?.answer ?? '';
  return '';
}

function publishedView(row: NonNullable<queries.PublicAnswerRow>): PublishedAnswerView {
  return {
    id: row.id,
    question: row.question,
    answerHtml: row.answerHtml,
    topicName: row.topicName,
    topicCode: row.topicCode,
    agencyName: row.agencyName,
    publishedAt: row.publishedAt.toISOString(),
    faqId: row.faqId,
  };
}

/**
 * The redaction step: the request and the answer with the citizen's name, address, commune, any phone,
 * e-mail or ID number replaced, with each finding so the reviewer can see and edit what was removed.
 */
export function publicationDraftOf(c: Context<AppEnv>, auth: AuthState, caseId: string) {
  return inTenant(c, async (tx, tenantId): Promise<PublicationDraftOutput> => {
    const row = await queries.findCaseRow(tx, tenantId, caseId);
    if (!row) throw notFound(NOT_FOUND);
    const answer = await answerSource(tx, tenantId, (row.answer as CaseAnswer | null) ?? null);
    const draft = publicationDraft(row.content, answer, knownOf(row));
    // The findings quote what was removed: reading them is reading the citizen's personal data.
    if (draft.question.findings.length + draft.answer.findings.length > 0) {
      await audit(c, tx, tenantId, {
        action: 'personal_data.read',
        targetType: 'case',
        targetId: row.id,
        details: { code: row.code, via: 'publication_draft' },
      });
    }
    const published = await queries.findPublicationOfCase(tx, tenantId, caseId);
    return {
      caseId: row.id,
      code: row.code,
      question: draft.question,
      answer: draft.answer,
      published: published && !published.withdrawnAt ? publishedView(published) : null,
      canCreateFaq: can(auth.role, 'faq.manage'),
    };
  });
}

/** Refuses the texts while any phone, e-mail, ID number or the citizen's own name or address remains. */
function assertRedacted(row: CaseRow, input: PublicationInput) {
  const issues = (['question', 'answer'] as const).flatMap((field) => {
    const leaks = publicationLeaks(input[field], knownOf(row));
    return leaks.length ? [{ path: field, message: describeLeaks(leaks) }] : [];
  });
  if (issues.length) {
    throw new ApiError('VALIDATION_FAILED', 'Nội dung công bố còn thông tin cá nhân của người dân.', issues);
  }
}

/**
 * Publishes the reviewed texts as a public Q&A and/or a new FAQ entry (the FAQ module's own rendering,
 * revision and audit). The server runs the redaction again on the final texts and refuses any phone
 * or e-mail left, whatever the client sent.
 */
export function publishCase(c: Context<AppEnv>, auth: AuthState, caseId: string, input: PublicationInput) {
  if (input.faq && !can(auth.role, 'faq.manage')) {
    throw new ApiError('FORBIDDEN', 'Chỉ người quản lý câu hỏi thường gặp mới đưa được câu trả lời vào đó.');
  }
  const now = c.get('deps').now();
  return inTenant(c, async (tx, tenantId) => {
    const row = await queries.lockCase(tx, tenantId, caseId);
    if (!row) throw notFound(NOT_FOUND);
    if (!ANSWERED.has(row.status)) {
      throw new ApiError('CONFLICT', `Hồ sơ ${row.code} chưa có câu trả lời để công bố.`);
    }
    assertRedacted(row, input);
    const question = input.question.normalize('NFC').replace(/\s+/g, ' ');
    const sourceAgencyId = (row.answer as CaseAnswer | null)?.source === 'agency' ? row.agencyId : null;
    let faqId: string | null = null;
    if (input.faq) {
      const refs = await queries.listFaqReferences(tx, tenantId);
      const { values, snapshot } = faqValues(
        {
          question,
          answer: input.answer,
          topicId: row.topicId,
          keywords: [],
          sourceAgencyId,
          state: input.faqState,
          validUntil: null,
        },
        refs,
      );
      [faqId] = (await queries.insertFaqEntries(tx, tenantId, [values], auth.userId)) as [string];
      await queries.insertFaqRevisions(tx, tenantId, [
        {
          faqId,
          revision: 1,
          action: 'create',
          changes: diffFaq(null, snapshot),
          actorUserId: auth.userId,
          actorName: auth.name,
        },
      ]);
      await audit(c, tx, tenantId, {
        action: 'faq.created',
        targetType: 'faq',
        targetId: faqId,
        details: { state: values.state, fromCase: row.code },
      });
    }
    let published: PublishedAnswerView | null = null;
    if (input.publicQa) {
      const answer = renderFaqAnswer(input.answer);
      await queries.upsertPublishedAnswer(
        tx,
        {
          tenantId,
          caseId,
          topicId: row.topicId,
          agencyId: sourceAgencyId,
          question,
          answer: answer.source,
          answerHtml: answer.html,
          answerText: answer.text,
          faqId,
          publishedBy: auth.userId,
        },
        now,
      );
      published = publishedView((await queries.findPublicationOfCase(tx, tenantId, caseId))!);
    }
    await queries.appendCaseEvent(tx, {
      tenantId,
      caseId,
      at: now,
      actorUserId: auth.userId,
      type: 'published',
      visibility: 'internal',
      data: { publicQa: input.publicQa, faq: input.faq, faqId, publishedAnswerId: published?.id ?? null },
    });
    await audit(c, tx, tenantId, {
      action: 'case.published',
      targetType: 'case',
      targetId: caseId,
      details: { code: row.code, publicQa: input.publicQa, faqId },
    });
    return { published, faqId };
  });
}

/** Takes the case's Q&A off the portal (the FAQ entry, if any, is managed in the FAQ module). */
export function withdrawPublication(c: Context<AppEnv>, caseId: string) {
  const now = c.get('deps').now();
  return inTenant(c, async (tx, tenantId) => {
    const row = await queries.findCaseRow(tx, tenantId, caseId);
    if (!row) throw notFound(NOT_FOUND);
    if (!(await queries.withdrawPublishedAnswer(tx, tenantId, caseId, now))) {
      throw notFound('Hồ sơ này không có câu trả lời đang công bố.');
    }
    await audit(c, tx, tenantId, {
      action: 'case.unpublished',
      targetType: 'case',
      targetId: caseId,
      details: { code: row.code },
    });
  });
}

/** The portal's answered questions: newest first, by topic code; redacted texts only. */
export function listPublicAnswers(c: Context<AppEnv>, q: PublicAnswerListQuery) {
  return inTenant(c, async (tx, tenantId): Promise<PublicAnswerListOutput> => {
    const page = q.page;
    const empty = { answers: [], total: 0, page, pageSize: PUBLIC_ANSWERS_PAGE };
    let topicId: string | undefined;
    if (q.topic) {
      topicId = (await queries.listTopics(tx, tenantId)).find((t) => t.code === q.topic)?.id;
      if (!topicId) return empty;
    }
    const { rows, total } = await queries.listPublicAnswers(tx, tenantId, {
      ...(topicId ? { topicId } : {}),
      limit: PUBLIC_ANSWERS_PAGE,
      offset: (page - 1) * PUBLIC_ANSWERS_PAGE,
    });
    return { answers: rows.map(publishedView), total, page, pageSize: PUBLIC_ANSWERS_PAGE };
  });
}

export function getPublicAnswer(c: Context<AppEnv>, id: string) {
  return inTenant(c, async (tx, tenantId) => {
    const row = await queries.findPublicAnswer(tx, tenantId, id);
    if (!row) throw notFound('Không tìm thấy câu hỏi này.');
    return publishedView(row);
  });
}
