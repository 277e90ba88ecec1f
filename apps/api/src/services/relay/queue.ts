import {
  answerMessage,
  DEFAULT_FEEDBACK_WINDOW_DAYS,
  mergeNoticeMessage,
  renderFaqAnswer,
  type CaseAnswer,
  type CaseChannel,
  type RelayMessage,
} from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { linkOnThisHost } from '../auth/links.js';
import { FEEDBACK_PATH, signFeedbackLink } from '../feedback/link.js';

type CaseRow = queries.CaseRow;

/** Where a message on `channel` goes: the address or number the case holds for it. */
export function relayRecipient(row: CaseRow, channel: CaseChannel): string | null {
  switch (channel) {
    case 'email':
    case 'portal':
      return row.citizenEmail;
    case 'hotline':
      return row.citizenPhone;
    case 'zalo':
    case 'facebook':
      return null;
  }
}

/** The answer as the citizen reads it: the agency's text without Markdown, the FAQ entry's, or a call. */
export async function answerPlainText(tx: Tx, tenantId: string, answer: CaseAnswer | null): Promise<string> {
  if (!answer) return '';
  if (answer.source === 'agency') return renderFaqAnswer(answer.text).text;
  if (answer.source === 'faq') {
    const entry = await queries.findFaqEntry(tx, tenantId, answer.faqId);
    return entry?.answerText ?? '';
  }
  return 'Cơ quan chuyên môn đã trả lời Ông/Bà trực tiếp qua điện thoại.';
}

async function insertMessage(
  tx: Tx,
  input: {
    tenantId: string;
    row: CaseRow;
    channel: CaseChannel;
    kind: 'answer' | 'merge_notice';
    message: RelayMessage;
    automatic: boolean;
    createdBy: string | null;
    now: Date;
  },
) {
  return queries.insertRelay(tx, {
    tenantId: input.tenantId,
    caseId: input.row.id,
    kind: input.kind,
    channel: input.channel,
    recipient: relayRecipient(input.row, input.channel),
    subject: input.message.subject,
    body: input.message.text,
    automatic: input.automatic,
    createdBy: input.createdBy,
    createdAt: input.now,
  });
}

/**
 * Queues the answer for the citizen in the relay's transaction, with the signed link where they rate
 * it (and may reopen it within the province's window). Delivery follows the commit.
 */
export async function queueAnswerRelay(
  c: Context<AppEnv>,
  tx: Tx,
  input: { row: CaseRow; channel: CaseChannel; automatic: boolean; createdBy: string | null; now: Date },
) {
  const tenant = c.get('tenant');
  const settings = await queries.getCaseSettings(tx, tenant.id);
  const token = await signFeedbackLink(tx, tenant.id, c.get('deps').secrets, {
    caseId: input.row.id,
    issuedAt: input.now,
  });
  const message = answerMessage({
    serviceName: tenant.officialName,
    code: input.row.code,
    answer: await answerPlainText(tx, tenant.id, (input.row.answer as CaseAnswer | null) ?? null),
    feedbackUrl: linkOnThisHost(c, `${FEEDBACK_PATH}/${token}`),
    feedbackWindowDays: settings?.feedbackWindowDays ?? DEFAULT_FEEDBACK_WINDOW_DAYS,
  });
  return insertMessage(tx, { ...input, tenantId: tenant.id, kind: 'answer', message });
}

/** The merged case's citizen is told the original's code, on the channel they came from. */
export async function queueMergeNotice(
  c: Context<AppEnv>,
  tx: Tx,
  input: { duplicate: CaseRow; originalCode: string; createdBy: string | null; now: Date },
) {
  const tenant = c.get('tenant');
  const { duplicate } = input;
  // A call without a number cannot be called back: nothing to send.
  if (duplicate.channel === 'hotline' && !duplicate.citizenPhone) return null;
  if (duplicate.channel === 'email' && !duplicate.citizenEmail) return null;
  const message = mergeNoticeMessage({
    serviceName: tenant.officialName,
    duplicateCode: duplicate.code,
    originalCode: input.originalCode,
  });
  return insertMessage(tx, {
    tenantId: tenant.id,
    row: duplicate,
    channel: duplicate.channel,
    kind: 'merge_notice',
    message,
    automatic: false,
    createdBy: input.createdBy,
    now: input.now,
  });
}
