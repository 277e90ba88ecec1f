import { describe, expect, it } from 'vitest';
import { readApiError } from './api-error.js';

describe('readApiError', () => {
  it('reads code and message from the API error body', () => {
    const body = { error: { code: 'TENANT_NOT_FOUND', message: 'Không tìm thấy', requestId: 'r-12345678' } };
    expect(readApiError(body)).toEqual({ code: 'TENANT_NOT_FOUND', message: 'Không tìm thấy' });
  });

  it('keeps well-formed field issues only', () => {
    const body = {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu gửi lên không hợp lệ.',
        issues: [{ path: 'email', message: 'Email không đúng định dạng.' }, { path: 1 }, null],
      },
    };
    expect(readApiError(body)?.issues).toEqual([{ path: 'email', message: 'Email không đúng định dạng.' }]);
  });

  it('returns null for anything else', () => {
    expect(readApiError(null)).toBeNull();
    expect(readApiError('<html>')).toBeNull();
    expect(readApiError({ error: 'boom' })).toBeNull();
    expect(readApiError({ error: { code: 'X' } })).toBeNull();
  });
});
