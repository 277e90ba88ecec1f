import { describe, expect, it } from 'vitest';
import { caseRefusalMessage } from './case-messages.js';
import { CASE_EVENT_TYPES, CASE_STATUSES, REFUSAL_CODES } from './case-types.js';

describe('caseRefusalMessage', () => {
  it('has a complete Vietnamese sentence for every code, event and status', () => {
    for (const code of REFUSAL_CODES) {
      for (const event of CASE_EVENT_TYPES) {
        for (const status of CASE_STATUSES) {
          const message = caseRefusalMessage(code, { event, status });
          expect(message).toMatch(/^\p{Lu}.*\.$/u);
          expect(message).not.toMatch(/undefined|null/);
        }
      }
    }
  });

  it('names the action and where the case stands', () => {
    expect(caseRefusalMessage('illegal_transition', { event: 'escalate', status: 'closed' })).toBe(
      'Không thể chuyển hồ sơ sang cơ quan khi hồ sơ đã đóng.',
    );
    expect(
      caseRefusalMessage('missing_classification', { event: 'transfer_attempt', status: 'received' }),
    ).toBe('Cần phân loại chủ đề trước khi chuyển cuộc gọi tới cơ quan.');
  });

  it('states the reopen window it was given', () => {
    const context = { event: 'reopen', status: 'closed', reopenWindowDays: 30 } as const;
    expect(caseRefusalMessage('reopen_window_passed', context)).toBe(
      'Đã quá 30 ngày kể từ khi đóng, không thể mở lại hồ sơ.',
    );
  });
});
