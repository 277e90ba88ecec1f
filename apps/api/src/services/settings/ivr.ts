import type { IvrBranchInput, RosterWeekInput } from '@tongdai/contracts';
import { isoWeekdayOfLocalDate } from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { withConstraintMessages } from '../../lib/db-errors.js';
import { ApiError, notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';

const messages = {
  duplicate: 'Phím bấm này đã được dùng cho một nhánh khác.',
  missingReference: 'Chủ đề hoặc cơ quan không thuộc tỉnh này.',
};

export const listBranches = (c: Context<AppEnv>) => inTenant(c, (tx, t) => queries.listIvrBranches(tx, t));

export function createBranch(c: Context<AppEnv>, input: IvrBranchInput) {
  return withConstraintMessages(
    () =>
      inTenant(c, async (tx, tenantId) => {
        const id = await queries.insertIvrBranch(tx, tenantId, input);
        await audit(c, tx, tenantId, {
          action: 'settings.ivr_created',
          targetType: 'ivr_branch',
          targetId: id,
          details: input,
        });
        return id;
      }),
    messages,
  );
}

export function updateBranch(c: Context<AppEnv>, id: string, input: IvrBranchInput) {
  return withConstraintMessages(
    () =>
      inTenant(c, async (tx, tenantId) => {
        if (!(await queries.updateIvrBranch(tx, tenantId, id, input)))
          throw notFound('Không tìm thấy nhánh này.');
        await audit(c, tx, tenantId, {
          action: 'settings.ivr_updated',
          targetType: 'ivr_branch',
          targetId: id,
          details: input,
        });
      }),
    messages,
  );
}

export function deleteBranch(c: Context<AppEnv>, id: string) {
  return inTenant(c, async (tx, tenantId) => {
    if (!(await queries.deleteIvrBranch(tx, tenantId, id))) throw notFound('Không tìm thấy nhánh này.');
    await audit(c, tx, tenantId, { action: 'settings.ivr_deleted', targetType: 'ivr_branch', targetId: id });
  });
}

function assertMonday(weekStart: string) {
  if (isoWeekdayOfLocalDate(weekStart) !== 1) {
    throw new ApiError('VALIDATION_FAILED', 'Tuần trực bắt đầu từ thứ Hai.', [
      { path: 'weekStart', message: 'Ngày bắt đầu tuần phải là thứ Hai.' },
    ]);
  }
}

export function getRoster(c: Context<AppEnv>, branchId: string, weekStart: string) {
  assertMonday(weekStart);
  return inTenant(c, (tx, tenantId) => queries.listRosterWeek(tx, tenantId, branchId, weekStart));
}

/** Replaces a branch's roster for one week (the admin edits week by week). */
export function saveRoster(c: Context<AppEnv>, branchId: string, input: RosterWeekInput) {
  assertMonday(input.weekStart);
  return withConstraintMessages(
    () =>
      inTenant(c, async (tx, tenantId) => {
        const branch = (await queries.listIvrBranches(tx, tenantId)).find((b) => b.id === branchId);
        if (!branch) throw notFound('Không tìm thấy nhánh này.');
        const entries = input.entries.map((e) => ({
          ...e,
          agencyId: e.agencyId ?? null,
          email: e.email ?? null,
        }));
        await queries.replaceRosterWeek(tx, tenantId, branchId, input.weekStart, entries);
        await audit(c, tx, tenantId, {
          action: 'settings.roster_saved',
          targetType: 'ivr_branch',
          targetId: branchId,
          details: { weekStart: input.weekStart, entries: entries.length },
        });
      }),
    messages,
  );
}
