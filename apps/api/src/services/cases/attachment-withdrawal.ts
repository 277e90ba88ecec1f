import type { CaseActionOutput, WithdrawnAttachment } from '@tongdai/contracts';
import {
  withdrawalRefusal,
  type WithdrawalActor,
  type WithdrawalRefusal,
  type WithdrawalTarget,
} from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { ApiError, notFound } from '../../lib/errors.js';
import { audit } from '../audit.js';
import { runCaseAction } from './case-action.js';

export const withdrawalActor = (auth: AuthState): WithdrawalActor => ({
  userId: auth.userId,
  role: auth.role,
  agencyId: auth.agencyId,
});

export const withdrawalTarget = (
  file: Pick<queries.AttachmentRow, 'uploadedBy' | 'createdAt' | 'withdrawnAt'>,
  kase: Pick<queries.CaseRow, 'status' | 'agencyId'>,
): WithdrawalTarget => ({
  uploadedBy: file.uploadedBy,
  createdAt: file.createdAt,
  withdrawnAt: file.withdrawnAt,
  caseStatus: kase.status,
  caseAgencyId: kase.agencyId,
});

const withdrawalError = (refusal: WithdrawalRefusal) =>
  new ApiError(refusal.status === 403 ? 'FORBIDDEN' : 'CONFLICT', refusal.message, [
    { path: 'refusal', message: refusal.code },
  ]);

export const withdrawnGone = () =>
  new ApiError('GONE', 'Tệp này đã được gỡ khỏi hồ sơ và xóa khỏi máy chủ, không còn tải về được.');

export type AttachmentWithdrawn = CaseActionOutput & { attachment: WithdrawnAttachment };

/**
 * Takes a file added by mistake off a case. With the case locked, the core rule decides who may; the
 * row is marked (who, when, why) and kept as a tombstone, with an audit entry and an internal timeline
 * event. Only once that has committed are the bytes deleted: should that fail, the row already says
 * withdrawn and downloads answer 410, so the leftover is logged for an administrator to remove.
 */
export async function withdrawAttachment(
  c: Context<AppEnv>,
  auth: AuthState,
  input: { caseId: string; attachmentId: string; reason: string },
): Promise<AttachmentWithdrawn> {
  let tombstone = null as (WithdrawnAttachment & { tenantId: string; created: Date }) | null;
  const output = await runCaseAction(
    c,
    auth,
    { caseId: input.caseId, version: null, eventType: null },
    async ({ tx, tenantId, row, now }) => {
      const file = await queries.findCaseAttachment(tx, tenantId, row.id, input.attachmentId);
      if (!file) throw notFound('Không tìm thấy tệp đính kèm này.');
      const refusal = withdrawalRefusal(withdrawalActor(auth), withdrawalTarget(file, row), now);
      if (refusal) throw withdrawalError(refusal);
      return {
        bumpVersion: false,
        timeline: {
          type: 'attachment_withdrawn',
          data: { attachmentId: file.id, fileName: file.fileName, reason: input.reason },
        },
        after: async (t) => {
          // The case row is locked, so no other withdrawal of this file can have come first.
          await queries.withdrawCaseAttachment(t, tenantId, file.id, {
            withdrawnAt: now,
            withdrawnBy: auth.userId,
            reason: input.reason,
          });
          await audit(c, t, tenantId, {
            action: 'attachment.withdraw',
            targetType: 'case_attachment',
            targetId: file.id,
            details: { caseId: row.id, fileName: file.fileName, sha256: file.sha256, reason: input.reason },
          });
          tombstone = {
            id: file.id,
            fileName: file.fileName,
            sizeBytes: file.sizeBytes,
            sha256: file.sha256,
            createdAt: file.createdAt.toISOString(),
            withdrawnAt: now.toISOString(),
            withdrawnByName: auth.name,
            reason: input.reason,
            tenantId,
            created: file.createdAt,
          };
        },
      };
    },
  );
  const { tenantId, created, ...attachment } = tombstone!;
  try {
    await c.get('deps').attachments.remove({ tenantId, id: attachment.id, createdAt: created });
  } catch (err) {
    c.get('log').error(
      { err, attachmentId: attachment.id, caseId: input.caseId },
      'withdrawn attachment: the file could not be deleted from the store',
    );
  }
  return { ...output, attachment };
}
