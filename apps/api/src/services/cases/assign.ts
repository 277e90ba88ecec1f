import type { AssignCaseInput } from '@tongdai/contracts';
import { claimRefusal } from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { runCaseAction } from './case-action.js';

/** An operator takes a case for themselves; assignment is not a status change, so no core event. */
export function claimCase(c: Context<AppEnv>, auth: AuthState, caseId: string, version: number) {
  return runCaseAction(c, auth, { caseId, version, eventType: null }, ({ row }) => {
    const refusal = claimRefusal(row.status, row.operatorId, auth.userId);
    if (refusal === 'closed')
      throw new ApiError('TRANSITION_REFUSED', 'Hồ sơ đã đóng hoặc đã gộp, không nhận xử lý được.');
    if (refusal === 'taken') throw new ApiError('CONFLICT', 'Hồ sơ đã có tổng đài viên khác nhận xử lý.');
    return {
      patch: () => ({ operatorId: auth.userId }),
      timeline: {
        type: 'assigned',
        data: { operatorId: auth.userId, operatorName: auth.name, claimed: true },
      },
    };
  });
}

/** A supervisor gives a case to an operator of the province (or frees it with null). */
export function assignCase(c: Context<AppEnv>, auth: AuthState, caseId: string, input: AssignCaseInput) {
  return runCaseAction(
    c,
    auth,
    { caseId, version: input.version, eventType: null },
    async ({ tx, tenantId, row }) => {
      if (row.status === 'closed' || row.status === 'merged') {
        throw new ApiError('TRANSITION_REFUSED', 'Hồ sơ đã đóng hoặc đã gộp, không phân công được.');
      }
      let operatorName: string | null = null;
      if (input.operatorId) {
        const member = await queries.findMembership(tx, tenantId, input.operatorId);
        if (!member || member.status !== 'active' || !['operator', 'supervisor'].includes(member.role)) {
          throw new ApiError(
            'BAD_REQUEST',
            'Người được phân công phải là tổng đài viên hoặc giám sát viên đang hoạt động của tỉnh.',
            [{ path: 'operatorId', message: 'Không phải tổng đài viên của tỉnh.' }],
          );
        }
        operatorName = (await queries.findUserById(tx, input.operatorId))?.name ?? null;
      }
      return {
        patch: () => ({ operatorId: input.operatorId }),
        timeline: { type: 'assigned', data: { operatorId: input.operatorId, operatorName, claimed: false } },
      };
    },
  );
}
