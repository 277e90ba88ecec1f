import type { EscalateCaseInput, EscalationPreview } from '@tongdai/contracts';
import { formatDateTimeVn, statusRefusal } from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { ApiError, notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { queueCaseNotifications } from '../notifications/case-notifications.js';
import { refusedError, runCaseAction } from './case-action.js';
import { snapshotOf } from './serialize.js';
import { loadActiveAgency } from './transfer.js';
import { cycleDueTimes, loadSlaPolicy } from './sla-context.js';

/** Deadlines come from the case's SLA class: an unclassified case has none yet. */
function classOf(row: { slaClassId: string | null }): string {
  if (!row.slaClassId)
    throw new ApiError('CONFLICT', 'Hồ sơ chưa được phân loại nên chưa có mức xử lý (SLA) để tính hạn.');
  return row.slaClassId;
}

/**
 * What an escalation confirmed now would set: the SLA class and the acknowledge and answer deadlines
 * on the province's calendar. Read-only; the escalate dialog shows it before the operator confirms.
 */
export function previewEscalation(
  c: Context<AppEnv>,
  caseId: string,
  agencyId: string | undefined,
): Promise<EscalationPreview> {
  const now = c.get('deps').now();
  return inTenant(c, async (tx, tenantId) => {
    const row = await queries.findCaseRow(tx, tenantId, caseId);
    if (!row) throw notFound('Không tìm thấy hồ sơ này.');
    const agency = agencyId ? await loadActiveAgency(tx, tenantId, agencyId) : null;
    // The same refusal confirming would give (unclassified, closed or merged: no deadlines to show).
    const refusal = statusRefusal(snapshotOf(row), 'escalate', now);
    if (refusal) throw refusedError(refusal);
    const policy = await loadSlaPolicy(tx, tenantId, classOf(row), now);
    const due = cycleDueTimes(policy, now);
    return {
      slaClassId: policy.classId,
      slaClassName: policy.name,
      startsAt: now.toISOString(),
      ackDueAt: due.ackDueAt.toISOString(),
      dueAt: due.dueAt.toISOString(),
      agency: agency ? { id: agency.id, name: agency.name } : null,
    };
  });
}

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
      const agency = await loadActiveAgency(tx, tenantId, input.agencyId);
      const policy = await loadSlaPolicy(tx, tenantId, classOf(row), now);
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
