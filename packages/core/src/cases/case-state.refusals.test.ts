import { describe, expect, it } from 'vitest';
import {
  agencyAnswer,
  apply,
  at,
  busy,
  classify,
  escalate,
  later,
  reach,
  refusal,
  relay,
  t0,
} from './case-fixtures.js';
import { allowedEvents, transition } from './case-state.js';
import { CASE_EVENT_TYPES, newCaseSnapshot, type CaseEvent, type CaseSnapshot } from './case-types.js';

describe('transition: refusals', () => {
  const closedAt = at('2026-05-05T10:00');
  const closed = apply(reach(classify, escalate, agencyAnswer, relay), { type: 'close' }, closedAt);

  it('refuses to send a closed case to an agency', () => {
    expect(refusal(closed, escalate)).toEqual({
      code: 'illegal_transition',
      message: 'Không thể chuyển hồ sơ sang cơ quan khi hồ sơ đã đóng.',
      event: 'escalate',
      status: 'closed',
    });
  });

  it('refuses steps out of order with illegal_transition', () => {
    expect(refusal(reach(classify), { type: 'acknowledge', by: 'agency' })?.code).toBe('illegal_transition');
    expect(refusal(reach(classify, escalate, agencyAnswer), { type: 'close' })?.code).toBe(
      'illegal_transition',
    );
    expect(refusal(reach(classify, busy()), { type: 'request_info' })?.code).toBe('illegal_transition');
    expect(refusal(reach(classify, escalate), classify)?.code).toBe('illegal_transition');
    expect(refusal(reach(classify), { type: 'citizen_replied' })?.code).toBe('illegal_transition');
  });

  it('asks for a classification before any handling', () => {
    const received = newCaseSnapshot();
    expect(refusal(received, escalate)?.message).toBe(
      'Cần phân loại chủ đề trước khi chuyển hồ sơ sang cơ quan.',
    );
    for (const event of [
      busy(),
      { type: 'answer_from_faq', faqId: 'f' },
      { type: 'request_info' },
    ] as CaseEvent[]) {
      expect(refusal(received, event)?.code).toBe('missing_classification');
    }
  });

  it('refuses to reopen once the window has passed, 7 days by default or as configured', () => {
    const reopen: CaseEvent = { type: 'reopen', reason: 'Chưa thỏa đáng.' };
    const justAfter = later(closedAt, 7 * 24 * 60 + 1);
    expect(refusal(closed, reopen, justAfter)?.code).toBe('reopen_window_passed');
    expect(refusal(closed, reopen, justAfter)?.message).toBe(
      'Đã quá 7 ngày kể từ khi đóng, không thể mở lại hồ sơ.',
    );
    const threeDays = transition(closed, reopen, later(closedAt, 4 * 24 * 60), { reopenWindowDays: 3 });
    expect(threeDays.ok ? null : threeDays.refusal.code).toBe('reopen_window_passed');
  });

  it('refuses to relay before there is an answer', () => {
    expect(refusal(reach(classify, escalate), relay)?.code).toBe('no_answer_to_relay');
    const reopened = apply(closed, { type: 'reopen', reason: 'Chưa thỏa đáng.' }, closedAt);
    expect(refusal(reopened, relay)?.message).toBe('Hồ sơ chưa có câu trả lời để gửi cho công dân.');
    const broken: CaseSnapshot = { ...reach(classify, escalate, agencyAnswer), answer: null };
    expect(refusal(broken, relay)?.code).toBe('no_answer_to_relay');
    expect(allowedEvents(broken)).not.toContain('relay');
  });

  it('refuses deadlines that are not in the future, or extensions that do not extend', () => {
    const escalated = reach(classify, escalate);
    for (const dueAt of [t0, later(t0, -1), new Date(Number.NaN)]) {
      expect(refusal(reach(classify), { ...escalate, dueAt })?.code).toBe('deadline_in_past');
    }
    const extend = (newDueAt: Date, approved = true): CaseEvent => ({
      type: 'extend_deadline',
      newDueAt,
      approved,
    });
    expect(refusal(escalated, extend(later(t0, -60)))?.code).toBe('deadline_in_past');
    expect(refusal(escalated, extend(at('2026-05-06T17:00')))?.message).toBe(
      'Hạn xử lý mới phải sau hạn hiện tại.',
    );
    expect(refusal(escalated, extend(later(t0, -60), false))).toBeNull();
  });

  it('refuses everything once merged', () => {
    const merged = reach(classify, { type: 'merge', originalId: 'case-1' });
    const events: CaseEvent[] = [
      { type: 'note', text: 'x' },
      { type: 'reopen', reason: 'x' },
      classify,
      relay,
    ];
    for (const event of events) expect(refusal(merged, event)?.code).toBe('already_terminal');
    expect(refusal(merged, classify)?.message).toBe(
      'Không thể phân loại hồ sơ: hồ sơ đã được gộp vào hồ sơ khác.',
    );
  });
});

describe('allowedEvents', () => {
  it('lists the buttons for each step', () => {
    expect(allowedEvents(newCaseSnapshot())).toEqual(['classify', 'merge', 'note']);
    expect(allowedEvents(reach(classify))).toEqual([
      'classify',
      'answer_from_faq',
      'transfer_attempt',
      'escalate',
      'request_info',
      'merge',
      'note',
    ]);
    expect(allowedEvents(reach(classify, escalate))).toEqual([
      'escalate',
      'acknowledge',
      'agency_answer',
      'request_info',
      'merge',
      'note',
      'extend_deadline',
      'return_to_operator',
    ]);
    expect(allowedEvents(reach(classify, { type: 'request_info' }))).toEqual([
      'citizen_replied',
      'merge',
      'note',
    ]);
    expect(allowedEvents(reach(classify, escalate, agencyAnswer))).toEqual(['relay', 'note']);
    expect(allowedEvents(reach(classify, escalate, agencyAnswer, relay))).toEqual(['relay', 'close', 'note']);
    expect(allowedEvents(reach(classify, { type: 'merge', originalId: 'c' }))).toEqual([]);
  });

  it('offers reopening only inside the window when given the time, and always without it', () => {
    const closedAt = at('2026-05-05T10:00');
    const closed = apply(reach(classify, escalate, agencyAnswer, relay), { type: 'close' }, closedAt);
    expect(allowedEvents(closed, later(closedAt, 60))).toEqual(['reopen', 'note']);
    expect(allowedEvents(closed, later(closedAt, 8 * 24 * 60))).toEqual(['note']);
    expect(allowedEvents(closed)).toEqual(['reopen', 'note']);
  });

  it('only ever names known event types', () => {
    expect(allowedEvents(reach(classify)).every((type) => CASE_EVENT_TYPES.includes(type))).toBe(true);
  });
});
