import type { AgencyAnswerInput, AnswerFromFaqInput, RelayCaseInput } from '@tongdai/contracts';
import { relayContactRefusal } from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { queueAnswerRelay } from '../relay/queue.js';
import { runCaseAction } from './case-action.js';
import { citizenOf } from './serialize.js';

/** Answered at once from the FAQ: the entry is recorded and its use counted. */
export function answerFromFaq(
  c: Context<AppEnv>,
  auth: AuthState,
  caseId: string,
  input: AnswerFromFaqInput,
) {
  return runCaseAction(
    c,
    auth,
    { caseId, version: input.version, eventType: 'answer_from_faq' },
    async ({ tx, tenantId }) => {
      const faq = await queries.findFaqForAnswer(tx, tenantId, input.faqId);
      if (!faq) throw new ApiError('BAD_REQUEST', 'Câu hỏi thường gặp không tồn tại trong tỉnh này.');
      if (faq.state === 'draft') {
        throw new ApiError(
          'BAD_REQUEST',
          'Câu hỏi thường gặp này còn là bản nháp, chưa dùng để trả lời được.',
        );
      }
      return {
        event: { type: 'answer_from_faq', faqId: faq.id },
        timeline: {
          type: 'answered_from_faq',
          public: true,
          data: { faqId: faq.id, question: faq.question },
        },
        after: async (t) => void (await queries.incrementFaqUsage(t, tenantId, faq.id)),
      };
    },
  );
}

/** The agency confirms it received the escalation (agency staff, or the operator on its behalf). */
export function acknowledgeCase(c: Context<AppEnv>, auth: AuthState, caseId: string, version: number) {
  return runCaseAction(c, auth, { caseId, version, eventType: 'acknowledge' }, ({ row }) => ({
    event: { type: 'acknowledge', by: 'agency' },
    timeline: { type: 'acknowledged', public: true, data: { agencyId: row.agencyId, role: auth.role } },
  }));
}

export function recordAgencyAnswer(
  c: Context<AppEnv>,
  auth: AuthState,
  caseId: string,
  input: AgencyAnswerInput,
) {
  return runCaseAction(
    c,
    auth,
    { caseId, version: input.version, eventType: 'agency_answer' },
    ({ row }) => ({
      event: { type: 'agency_answer', text: input.text },
      timeline: { type: 'agency_answered', public: true, data: { agencyId: row.agencyId, text: input.text } },
    }),
  );
}

/**
 * The answer goes back to the citizen on a channel (by default the one they came from), after checking
 * the case can be reached there. The message is queued through the relay interface (services/relay)
 * in this transaction; the route delivers it after the commit.
 */
export function relayAnswer(c: Context<AppEnv>, auth: AuthState, caseId: string, input: RelayCaseInput) {
  return runCaseAction(c, auth, { caseId, version: input.version, eventType: 'relay' }, ({ row, now }) => {
    const channel = input.channel ?? row.channel;
    const refusal = relayContactRefusal(channel, citizenOf(row));
    if (refusal) throw new ApiError('BAD_REQUEST', refusal, [{ path: 'channel', message: refusal }]);
    return {
      event: { type: 'relay', channel },
      timeline: { type: 'relayed', public: true, data: { channel } },
      after: async (t, updated) =>
        void (await queueAnswerRelay(c, t, {
          row: updated,
          channel,
          automatic: false,
          createdBy: auth.userId,
          now,
        })),
    };
  });
}
