import type { EscalateCaseInput } from '@tongdai/contracts';
import { formatDateTimeVn } from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { queueCaseNotifications } from '../notifications/case-notifications.js';
import { runCaseAction } from './case-action.js';
import { cycleDueTimes, loadSlaPolicy } from './sla-context.js';

/**
 * Escalation in writing: the agency gets the case with deadlines from the case's SLA class, counted
 * from now on the province's calendar (a new handling cycle), and is told by e-mail and in-app.
 */
export function escalateCase(c: Context<AppEnv>, auth: AuthState, caseId: string, input: EscalateCaseInput) {
  return runCaseAction(
    c,
    auth,
    { caseId, version: input.version, eventType: 'escalate' },
    async ({ tx, tenantId, row, now }) => {
      const agency = await queries.findAgencyForTransfer(tx, tenantId, input.agencyId);
      if (!agency || !agency.active)
        throw new ApiError('BAD_REQUEST', 'Cơ quan không tồn tại hoặc đã ngừng hoạt động.');
      const policy = await loadSlaPolicy(tx, tenantId, row.slaClassId!, now);
      const due = cycleDueTimes(policy, now);
      const letterNumber = input.letterNumber ?? null;
      return {
        event: {
          type: 'escalate',
          agencyId: agency.id,
          dueAt: due.dueAt,
          ...(input.letterNumber ? { letterNumber: input.letterNumber } : {}),
        },
        patch: () => due,
        timeline: {
          type: 'escalated',
          public: true,
          data: {
            agencyId: agency.id,
            agencyName: agency.name,
            letterNumber,
            slaClassName: policy.name,
            ackDueAt: due.ackDueAt.toISOString(),
            dueAt: due.dueAt.toISOString(),
            note: input.note ?? null,
          },
        },
        after: async (t, updated) => {
          await queueCaseNotifications(t, {
            tenantId,
            kind: 'case_escalated',
            caseRow: updated,
            dedupeKey: `case_escalated:${updated.id}:${due.dueAt.toISOString()}`,
            audience: ['agency'],
            title: `Hồ sơ ${updated.code} chuyển tới ${agency.name}`,
            body: [
              `Tổng đài 1022 chuyển hồ sơ ${updated.code}${letterNumber ? ` (công văn số ${letterNumber})` : ''} tới ${agency.name}.`,
              `Hạn xác nhận: ${formatDateTimeVn(due.ackDueAt)}. Hạn trả lời: ${formatDateTimeVn(due.dueAt)}.`,
              `Nội dung: ${updated.content}`,
            ].join('\n'),
            now,
            sentBy: auth.userId,
          });
        },
      };
    },
  );
}
