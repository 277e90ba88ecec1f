import type { ClassifyCaseInput } from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { runCaseAction, type ActionContext, type ActionPlan } from './case-action.js';
import { cycleDueTimes, loadSlaPolicy } from './sla-context.js';

type Classification = Omit<ClassifyCaseInput, 'version'>;

/**
 * Topic → SLA class (the topic's unless one is chosen) → due times from the reception, on the
 * province's calendar. The topic's default agency is suggested for the transfer/escalation, not
 * assigned: agency staff see a case only once it is put through or escalated to them.
 */
export async function classifyPlan(ctx: ActionContext, input: Classification): Promise<ActionPlan> {
  const topic = await queries.findTopicForCase(ctx.tx, ctx.tenantId, input.topicId);
  if (!topic) throw new ApiError('BAD_REQUEST', 'Chủ đề không tồn tại trong tỉnh này.');
  const slaClassId = input.slaClassId ?? topic.slaClassId;
  if (!slaClassId) {
    throw new ApiError('BAD_REQUEST', `Chủ đề "${topic.name}" chưa có mức xử lý (SLA): hãy chọn mức xử lý.`, [
      { path: 'slaClassId', message: 'Chọn mức xử lý.' },
    ]);
  }
  const policy = await loadSlaPolicy(ctx.tx, ctx.tenantId, slaClassId, ctx.row.receivedAt);
  const due = cycleDueTimes(policy, ctx.row.receivedAt);
  return {
    event: {
      type: 'classify',
      topicId: topic.id,
      slaClassId,
      ...(input.urgency ? { urgency: input.urgency } : {}),
    },
    patch: () => due,
    timeline: {
      type: 'classified',
      public: true,
      data: {
        topicId: topic.id,
        topicName: topic.name,
        slaClassId,
        slaClassName: policy.name,
        urgency: input.urgency ?? 'normal',
        suggestedAgencyId: topic.defaultAgencyId,
        ackDueAt: due.ackDueAt.toISOString(),
        dueAt: due.dueAt.toISOString(),
      },
    },
  };
}

export function classifyCase(c: Context<AppEnv>, auth: AuthState, caseId: string, input: ClassifyCaseInput) {
  return runCaseAction(c, auth, { caseId, version: input.version, eventType: 'classify' }, (ctx) =>
    classifyPlan(ctx, input),
  );
}
