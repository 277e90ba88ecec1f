import type { CloseCaseInput, MergeCaseInput, NoteInput, ReopenCaseInput } from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { queueMergeNotice } from '../relay/queue.js';
import { runCaseAction } from './case-action.js';
import { cycleDueTimes, loadSlaPolicy } from './sla-context.js';

export function closeCase(c: Context<AppEnv>, auth: AuthState, caseId: string, input: CloseCaseInput) {
  return runCaseAction(c, auth, { caseId, version: input.version, eventType: 'close' }, () => ({
    event: { type: 'close', ...(input.reason ? { reason: input.reason } : {}) },
    timeline: { type: 'closed', public: true, data: { reason: input.reason ?? null } },
  }));
}

/** The citizen was not satisfied: handling starts over with fresh due times from now. */
export function reopenCase(c: Context<AppEnv>, auth: AuthState, caseId: string, input: ReopenCaseInput) {
  return runCaseAction(
    c,
    auth,
    { caseId, version: input.version, eventType: 'reopen' },
    async ({ tx, tenantId, row, now }) => {
      const due = row.slaClassId
        ? cycleDueTimes(await loadSlaPolicy(tx, tenantId, row.slaClassId, now), now)
        : {};
      return {
        event: { type: 'reopen', reason: input.reason },
        patch: () => due,
        timeline: { type: 'reopened', public: true, data: { reason: input.reason } },
      };
    },
  );
}

/** Internal note: changes nothing, so it needs no version and does not bump it. */
export function addNote(c: Context<AppEnv>, auth: AuthState, caseId: string, input: NoteInput) {
  return runCaseAction(c, auth, { caseId, version: null, eventType: 'note' }, () => ({
    event: { type: 'note', text: input.text },
    bumpVersion: false,
    timeline: { type: 'note', data: { text: input.text } },
  }));
}

/** A duplicate points to its original and is done; the original's timeline records the merge. */
export function mergeCase(c: Context<AppEnv>, auth: AuthState, caseId: string, input: MergeCaseInput) {
  return runCaseAction(
    c,
    auth,
    { caseId, version: input.version, eventType: 'merge' },
    async ({ tx, tenantId, row, now }) => {
      if (input.originalId === row.id) throw new ApiError('BAD_REQUEST', 'Không thể gộp hồ sơ vào chính nó.');
      const original = await queries.lockCase(tx, tenantId, input.originalId);
      if (!original)
        throw new ApiError('BAD_REQUEST', 'Hồ sơ gốc không tồn tại.', [
          { path: 'originalId', message: 'Không tìm thấy.' },
        ]);
      if (original.status === 'merged') {
        throw new ApiError(
          'BAD_REQUEST',
          `Hồ sơ ${original.code} đã được gộp vào hồ sơ khác; hãy gộp vào hồ sơ gốc.`,
        );
      }
      return {
        event: { type: 'merge', originalId: original.id },
        timeline: {
          type: 'merged',
          public: true,
          data: { originalId: original.id, originalCode: original.code },
        },
        after: async (t) => {
          await queries.appendCaseEvent(t, {
            tenantId,
            caseId: original.id,
            at: now,
            actorUserId: auth.userId,
            type: 'duplicate_merged',
            visibility: 'internal',
            data: { duplicateId: row.id, duplicateCode: row.code },
          });
          // The duplicate's citizen learns which code to follow (relay interface, sent after commit).
          await queueMergeNotice(c, t, {
            duplicate: row,
            originalCode: original.code,
            createdBy: auth.userId,
            now,
          });
          await queries.notifyCaseChanged(t, {
            tenantId,
            caseId: original.id,
            agencyIds: [original.agencyId],
            kind: 'duplicate_merged',
          });
        },
      };
    },
  );
}
