import type { Tx } from '@tongdai/db';
import { caseExtensions, caseFeedback, caseRelays, caseSettings, publishedAnswers } from '@tongdai/db/schema';

/**
 * Rows for the agency-side tables of a test province (an extension request, a relayed message, a
 * published answer, a rating and the province's settings), so the isolation tests cover them too.
 */
export async function insertSampleAgencyLoop(tx: Tx, tenantId: string, agencyId: string, caseId: string) {
  await tx.insert(caseSettings).values({ tenantId });
  await tx.insert(caseExtensions).values({
    tenantId,
    caseId,
    agencyId,
    status: 'refused',
    reason: 'Cần thêm thời gian xác minh',
    requestedDueAt: new Date(Date.now() + 3 * 86_400_000),
  });
  await tx.insert(caseRelays).values({
    tenantId,
    caseId,
    kind: 'answer',
    channel: 'zalo',
    subject: 'Trả lời yêu cầu',
    body: 'Nội dung trả lời thử',
  });
  await tx.insert(publishedAnswers).values({
    tenantId,
    caseId,
    agencyId,
    question: 'Câu hỏi thử',
    answer: 'Trả lời thử',
    answerHtml: '<p>Trả lời thử</p>',
    answerText: 'Trả lời thử',
  });
  await tx.insert(caseFeedback).values({ tenantId, caseId, agencyId, rating: 4 });
}
