import { isOpenStatus } from '../cases/case-list.js';
import type { CaseStatus } from '../cases/case-types.js';
import { can, type Role } from '../permissions.js';

/** How long the person who added a file may take it back alone; after that a supervisor decides. */
export const WITHDRAWAL_WINDOW_MS = 24 * 60 * 60 * 1000;
export const WITHDRAWAL_REASON_MIN = 3;
export const WITHDRAWAL_REASON_MAX = 500;

export type WithdrawalRefusalCode =
  'already_withdrawn' | 'not_allowed' | 'not_uploader' | 'other_agency' | 'case_closed' | 'window_passed';

export interface WithdrawalRefusal {
  code: WithdrawalRefusalCode;
  /** 403: this person may not; 409: nobody but a supervisor may, in the file's or case's state. */
  status: 403 | 409;
  message: string;
}

export interface WithdrawalActor {
  userId: string;
  role: Role | null;
  /** Agency staff's agency; null for 1022's own staff. */
  agencyId: string | null;
}

export interface WithdrawalTarget {
  uploadedBy: string | null;
  createdAt: Date;
  withdrawnAt: Date | null;
  caseStatus: CaseStatus;
  caseAgencyId: string | null;
}

const REFUSALS: Record<WithdrawalRefusalCode, Omit<WithdrawalRefusal, 'code'>> = {
  already_withdrawn: { status: 409, message: 'Tệp này đã được gỡ khỏi hồ sơ trước đó.' },
  not_allowed: { status: 403, message: 'Bạn không có quyền gỡ tệp đính kèm của hồ sơ.' },
  not_uploader: {
    status: 403,
    message: 'Chỉ người đã tải tệp lên, hoặc giám sát viên, mới gỡ được tệp này.',
  },
  other_agency: {
    status: 403,
    message: 'Hồ sơ không còn do cơ quan của bạn xử lý: hãy đề nghị tổng đài gỡ tệp.',
  },
  case_closed: {
    status: 409,
    message: 'Hồ sơ đã đóng: chỉ giám sát viên mới gỡ được tệp đính kèm.',
  },
  window_passed: {
    status: 403,
    message: 'Đã quá 24 giờ kể từ khi tải tệp lên: hãy đề nghị giám sát viên gỡ tệp này.',
  },
};

const refuse = (code: WithdrawalRefusalCode): WithdrawalRefusal => ({ code, ...REFUSALS[code] });

/**
 * Whether a person may withdraw a file from a case. Supervisors and admins (`cases.supervise`) may at
 * any time, closed cases included, since a mistaken upload of personal data must always be removable.
 * Anyone else only a file they added themselves, within 24 hours, on a case still open; agency staff
 * only while the case is their agency's.
 */
export function withdrawalRefusal(
  actor: WithdrawalActor,
  target: WithdrawalTarget,
  now: Date,
): WithdrawalRefusal | null {
  if (target.withdrawnAt) return refuse('already_withdrawn');
  if (can(actor.role, 'cases.supervise')) return null;
  if (!can(actor.role, 'cases.handle') && !can(actor.role, 'cases.answer_agency'))
    return refuse('not_allowed');
  if (target.uploadedBy !== actor.userId) return refuse('not_uploader');
  if (can(actor.role, 'cases.answer_agency') && target.caseAgencyId !== actor.agencyId) {
    return refuse('other_agency');
  }
  // A closed case, or one merged into another, is no longer worked on: its files stay unless a
  // supervisor acts.
  if (!isOpenStatus(target.caseStatus)) return refuse('case_closed');
  if (now.getTime() - target.createdAt.getTime() > WITHDRAWAL_WINDOW_MS) return refuse('window_passed');
  return null;
}

export const canWithdraw = (actor: WithdrawalActor, target: WithdrawalTarget, now: Date): boolean =>
  withdrawalRefusal(actor, target, now) === null;

export const WITHDRAWAL_REASON_REQUIRED = `Vui lòng nêu lý do gỡ tệp (ít nhất ${WITHDRAWAL_REASON_MIN} ký tự).`;
export const WITHDRAWAL_REASON_TOO_LONG = `Lý do gỡ tệp tối đa ${WITHDRAWAL_REASON_MAX} ký tự.`;
