/**
 * What a province still lacks before it can go live, computed from its data each time (never stored
 * as flags, so it cannot drift from reality). Wizard steps and the settings pages show the same list.
 */
export interface OnboardingSnapshot {
  hotlineChannels: number;
  otherChannels: number;
  topics: number;
  topicsWithoutSla: number;
  agencies: number;
  /** Agencies open to call transfer that have no active number. */
  transferAgenciesWithoutNumbers: number;
  slaClasses: number;
  calendarConfigured: boolean;
  publicFaq: number;
  activeOperators: number;
  pendingInvitations: number;
}

export type ChecklistStep = 'channels' | 'topics' | 'agencies' | 'sla' | 'faq' | 'staff';

export interface ChecklistItem {
  key: string;
  step: ChecklistStep;
  done: boolean;
  /** Required items block going live; the others are advice. */
  required: boolean;
  message: string;
}

export function onboardingChecklist(s: OnboardingSnapshot): ChecklistItem[] {
  const item = (key: string, step: ChecklistStep, done: boolean, required: boolean, message: string) => ({
    key,
    step,
    done,
    required,
    message,
  });
  return [
    item(
      'hotline',
      'channels',
      s.hotlineChannels > 0,
      true,
      'Khai báo số tổng đài 1022 (số ngắn và số đầy đủ có mã vùng).',
    ),
    item(
      'other_channels',
      'channels',
      s.otherChannels > 0,
      false,
      'Nên có thêm cổng thông tin, email, Zalo OA hoặc Facebook.',
    ),
    item('topics', 'topics', s.topics > 0, true, 'Tạo danh mục chủ đề (có thể bắt đầu từ mẫu 10 chủ đề).'),
    item('agencies', 'agencies', s.agencies > 0, true, 'Nhập danh bạ cơ quan, đơn vị xử lý.'),
    item(
      'agency_numbers',
      'agencies',
      s.transferAgenciesWithoutNumbers === 0,
      true,
      `${s.transferAgenciesWithoutNumbers} cơ quan nhận chuyển cuộc gọi nhưng chưa có số điện thoại (hoặc đánh dấu "không chuyển cuộc gọi").`,
    ),
    item('sla', 'sla', s.slaClasses > 0, true, 'Khai báo ít nhất một mức thời hạn xử lý.'),
    item(
      'topic_sla',
      'sla',
      s.topics > 0 && s.topicsWithoutSla === 0,
      true,
      `${s.topicsWithoutSla} chủ đề chưa gán mức thời hạn xử lý.`,
    ),
    item('calendar', 'sla', s.calendarConfigured, true, 'Xác nhận giờ làm việc và lịch nghỉ của tỉnh.'),
    item(
      'faq',
      'faq',
      s.publicFaq > 0,
      false,
      'Nên công bố một số câu hỏi – trả lời để tổng đài viên và người dân tra cứu.',
    ),
    item(
      'staff',
      'staff',
      s.activeOperators + s.pendingInvitations > 0,
      true,
      'Mời ít nhất một tổng đài viên hoặc trưởng ca.',
    ),
  ];
}

/** True when nothing required is missing. */
export function readyToGoLive(items: readonly ChecklistItem[]): boolean {
  return items.every((i) => i.done || !i.required);
}
