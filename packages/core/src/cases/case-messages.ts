import type { CaseEventType, CaseStatus, RefusalCode } from './case-types.js';

/**
 * Vietnamese wording for refusals. Clients that localise key on the refusal's `code`; this text is what
 * an operator reads when the API refuses a button they pressed.
 */
const ACTIONS: Record<CaseEventType, string> = {
  classify: 'phân loại hồ sơ',
  answer_from_faq: 'trả lời theo câu hỏi thường gặp',
  transfer_attempt: 'chuyển cuộc gọi tới cơ quan',
  escalate: 'chuyển hồ sơ sang cơ quan',
  acknowledge: 'xác nhận cơ quan đã nhận hồ sơ',
  agency_answer: 'ghi nhận trả lời của cơ quan',
  relay: 'gửi câu trả lời cho công dân',
  request_info: 'đề nghị công dân bổ sung thông tin',
  citizen_replied: 'ghi nhận thông tin công dân bổ sung',
  close: 'đóng hồ sơ',
  reopen: 'mở lại hồ sơ',
  merge: 'gộp hồ sơ',
  note: 'thêm ghi chú',
  extend_deadline: 'gia hạn xử lý',
  return_to_operator: 'trả hồ sơ về tổng đài',
};

// Phrases complete "… khi hồ sơ <phrase>".
const STATUS_PHRASES: Record<CaseStatus, string> = {
  received: 'chưa được phân loại',
  classified: 'mới được phân loại',
  transferring: 'đang chuyển cuộc gọi tới cơ quan',
  escalated: 'đang chờ cơ quan xác nhận',
  acknowledged: 'đang chờ cơ quan trả lời',
  waiting_citizen: 'đang chờ công dân bổ sung thông tin',
  answered: 'đã có câu trả lời',
  relayed: 'đã gửi câu trả lời cho công dân',
  closed: 'đã đóng',
  merged: 'đã được gộp vào hồ sơ khác',
};

export interface CaseRefusalContext {
  event: CaseEventType;
  status: CaseStatus;
  reopenWindowDays?: number;
  /** The refused deadline was not after the current one (an extension must extend). */
  notAfterCurrentDue?: boolean;
}

export function caseRefusalMessage(code: RefusalCode, context: CaseRefusalContext): string {
  const { event, status } = context;
  switch (code) {
    case 'missing_classification':
      return `Cần phân loại chủ đề trước khi ${ACTIONS[event]}.`;
    case 'reopen_window_passed':
      return `Đã quá ${context.reopenWindowDays ?? 7} ngày kể từ khi đóng, không thể mở lại hồ sơ.`;
    case 'no_answer_to_relay':
      return 'Hồ sơ chưa có câu trả lời để gửi cho công dân.';
    case 'deadline_in_past':
      return context.notAfterCurrentDue
        ? 'Hạn xử lý mới phải sau hạn hiện tại.'
        : 'Hạn xử lý phải ở sau thời điểm hiện tại.';
    case 'already_terminal':
      return `Không thể ${ACTIONS[event]}: hồ sơ ${STATUS_PHRASES[status]}.`;
    case 'illegal_transition':
      return `Không thể ${ACTIONS[event]} khi hồ sơ ${STATUS_PHRASES[status]}.`;
  }
}
