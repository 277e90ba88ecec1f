import { isOpenStatus } from '../cases/case-list.js';
import { CASE_STATUSES, type CaseStatus } from '../cases/case-types.js';

/**
 * Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2) as it maps onto cases: two statuses, a date
 * window of at most 90 days (the last 90 days by default) and at most 1000 requests per answer.
 */
export const OPEN311_MAX_DAYS = 90;
export const OPEN311_MAX_RESULTS = 1000;
const DAY_MS = 86_400_000;

export type Open311Status = 'open' | 'closed';

/** A merged case lives on in its original, so for the outside world it is closed. */
export function open311StatusOf(status: CaseStatus): Open311Status {
  return isOpenStatus(status) ? 'open' : 'closed';
}

export function caseStatusesFor(wanted: readonly Open311Status[]): CaseStatus[] {
  return CASE_STATUSES.filter((s) => wanted.includes(open311StatusOf(s)));
}

/** A short public note per status, in Vietnamese (the spec's `status_notes`). */
export function open311StatusNote(status: CaseStatus): string {
  switch (status) {
    case 'received':
      return 'Đã tiếp nhận, đang chờ phân loại.';
    case 'classified':
    case 'transferring':
      return 'Tổng đài đang xử lý.';
    case 'escalated':
    case 'acknowledged':
      return 'Đã chuyển cơ quan chức năng giải quyết.';
    case 'waiting_citizen':
      return 'Đang chờ người gửi bổ sung thông tin.';
    case 'answered':
    case 'relayed':
      return 'Đã có câu trả lời.';
    case 'closed':
      return 'Đã hoàn thành.';
    case 'merged':
      return 'Trùng với một yêu cầu khác và được xử lý cùng yêu cầu đó.';
  }
}

/** "a, b,,c" → ["a", "b", "c"], without repeats. */
export function commaList(value: string | undefined): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

export type WindowResult = { ok: true; from: Date; to: Date } | { ok: false; message: string };

/**
 * The requested_datetime window of `GET requests`: both ends given → checked; one end → 90 days from
 * or up to it; none → the last 90 days. The end is exclusive.
 */
export function open311Window(start: Date | undefined, end: Date | undefined, now: Date): WindowResult {
  const span = OPEN311_MAX_DAYS * DAY_MS;
  if (start && end) {
    if (start.getTime() > end.getTime()) {
      return { ok: false, message: 'start_date phải trước end_date.' };
    }
    if (end.getTime() - start.getTime() > span) {
      return { ok: false, message: `Khoảng thời gian tối đa là ${OPEN311_MAX_DAYS} ngày.` };
    }
    return { ok: true, from: start, to: end };
  }
  if (start) return { ok: true, from: start, to: new Date(start.getTime() + span) };
  const to = end ?? now;
  return { ok: true, from: new Date(to.getTime() - span), to };
}
