import { describe, expect, it } from 'vitest';
import {
  canWithdraw,
  WITHDRAWAL_WINDOW_MS,
  withdrawalRefusal,
  type WithdrawalActor,
  type WithdrawalTarget,
} from './withdrawal.js';

const uploadedAt = new Date('2026-05-04T02:00:00Z');
const later = (ms: number) => new Date(uploadedAt.getTime() + ms);
const HOUR = 3_600_000;

const operator: WithdrawalActor = { userId: 'op-1', role: 'operator', agencyId: null };
const otherOperator: WithdrawalActor = { userId: 'op-2', role: 'operator', agencyId: null };
const supervisor: WithdrawalActor = { userId: 'sup-1', role: 'supervisor', agencyId: null };
const admin: WithdrawalActor = { userId: 'adm-1', role: 'tenant_admin', agencyId: null };
const staffA: WithdrawalActor = { userId: 'st-a', role: 'agency_staff', agencyId: 'agency-a' };

const file = (over: Partial<WithdrawalTarget> = {}): WithdrawalTarget => ({
  uploadedBy: 'op-1',
  createdAt: uploadedAt,
  withdrawnAt: null,
  caseStatus: 'escalated',
  caseAgencyId: 'agency-a',
  ...over,
});

describe('withdrawalRefusal', () => {
  it('lets the uploader withdraw within 24 hours, up to the boundary, and refuses after', () => {
    expect(withdrawalRefusal(operator, file(), later(HOUR))).toBeNull();
    expect(withdrawalRefusal(operator, file(), later(WITHDRAWAL_WINDOW_MS))).toBeNull();
    expect(withdrawalRefusal(operator, file(), later(WITHDRAWAL_WINDOW_MS + 1))).toEqual({
      code: 'window_passed',
      status: 403,
      message: 'Đã quá 24 giờ kể từ khi tải tệp lên: hãy đề nghị giám sát viên gỡ tệp này.',
    });
  });

  it('refuses another operator, even within the hour, with 403', () => {
    expect(withdrawalRefusal(otherOperator, file(), later(HOUR))).toMatchObject({
      code: 'not_uploader',
      status: 403,
    });
    // A file with no known uploader (account removed) is nobody's to withdraw but a supervisor's.
    expect(withdrawalRefusal(operator, file({ uploadedBy: null }), later(HOUR))?.code).toBe('not_uploader');
  });

  it('lets supervisors and admins withdraw any file at any time, closed and merged cases included', () => {
    for (const actor of [supervisor, admin]) {
      for (const caseStatus of ['escalated', 'closed', 'merged'] as const) {
        expect(withdrawalRefusal(actor, file({ caseStatus }), later(30 * 24 * HOUR))).toBeNull();
      }
    }
  });

  it('refuses the uploader on a closed or merged case with 409', () => {
    for (const caseStatus of ['closed', 'merged'] as const) {
      expect(withdrawalRefusal(operator, file({ caseStatus }), later(HOUR))).toMatchObject({
        code: 'case_closed',
        status: 409,
        message: 'Hồ sơ đã đóng: chỉ giám sát viên mới gỡ được tệp đính kèm.',
      });
    }
  });

  it('keeps agency staff to their own uploads on their agency’s cases', () => {
    const own = file({ uploadedBy: 'st-a' });
    expect(withdrawalRefusal(staffA, own, later(HOUR))).toBeNull();
    expect(withdrawalRefusal(staffA, file(), later(HOUR))?.code).toBe('not_uploader');
    expect(withdrawalRefusal(staffA, { ...own, caseAgencyId: 'agency-b' }, later(HOUR))).toMatchObject({
      code: 'other_agency',
      status: 403,
    });
    expect(withdrawalRefusal(staffA, { ...own, caseAgencyId: null }, later(HOUR))?.code).toBe('other_agency');
    expect(withdrawalRefusal(staffA, own, later(25 * HOUR))?.code).toBe('window_passed');
  });

  it('refuses a file already withdrawn, to everyone, with 409', () => {
    const gone = file({ withdrawnAt: later(HOUR) });
    for (const actor of [operator, supervisor]) {
      expect(withdrawalRefusal(actor, gone, later(2 * HOUR))).toMatchObject({
        code: 'already_withdrawn',
        status: 409,
      });
    }
  });

  it('refuses roles that neither handle nor supervise cases', () => {
    const viewer: WithdrawalActor = { userId: 'op-1', role: 'ministry_viewer', agencyId: null };
    expect(withdrawalRefusal(viewer, file(), later(HOUR))?.code).toBe('not_allowed');
    expect(withdrawalRefusal({ ...operator, role: null }, file(), later(HOUR))?.code).toBe('not_allowed');
  });

  it('canWithdraw says the same as the refusal', () => {
    expect(canWithdraw(operator, file(), later(HOUR))).toBe(true);
    expect(canWithdraw(otherOperator, file(), later(HOUR))).toBe(false);
  });
});
