import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { WithdrawAttachmentInput } from './attachments.js';

const problem = (reason: unknown) => {
  const parsed = v.safeParse(WithdrawAttachmentInput, { reason });
  return parsed.success ? null : parsed.issues[0]!.message;
};

describe('WithdrawAttachmentInput', () => {
  it('wants a reason of 3 to 500 characters once trimmed, and says so in Vietnamese', () => {
    expect(problem('')).toBe('Vui lòng nêu lý do gỡ tệp (ít nhất 3 ký tự).');
    expect(problem('  ab  ')).toBe('Vui lòng nêu lý do gỡ tệp (ít nhất 3 ký tự).');
    expect(problem(undefined)).toBe('Vui lòng nêu lý do gỡ tệp (ít nhất 3 ký tự).');
    expect(problem('Tải nhầm ảnh CCCD của người khác')).toBeNull();
    expect(problem('ạ'.repeat(500))).toBeNull();
    expect(problem('ạ'.repeat(501))).toBe('Lý do gỡ tệp tối đa 500 ký tự.');
  });

  it('keeps the reason trimmed', () => {
    expect(v.parse(WithdrawAttachmentInput, { reason: '  Tải nhầm  ' }).reason).toBe('Tải nhầm');
  });
});
