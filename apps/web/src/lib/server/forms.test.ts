import { LoginInput, SignupInput } from '@tongdai/contracts';
import { describe, expect, it } from 'vitest';
import { apiFailure, fieldErrors, keptValues, parseForm, readForm } from './forms.js';

describe('readForm / keptValues', () => {
  it('reads string fields and never keeps passwords or codes', async () => {
    const fields = { email: 'a@b.vn', password: 'x', currentPassword: 'y', code: '123456', token: 't' };
    const body = new URLSearchParams(fields);
    const values = await readForm(new Request('http://x/', { method: 'POST', body }));
    expect(values).toEqual(fields);
    expect(keptValues(values)).toEqual({ email: 'a@b.vn' });
  });
});

describe('parseForm', () => {
  it('returns the schema output', () => {
    expect(parseForm(LoginInput, { email: ' A@B.VN ', password: 'p' })).toEqual({
      ok: true,
      output: { email: 'a@b.vn', password: 'p' },
    });
  });

  it('gives one message per field, including forwarded checks', () => {
    const parsed = parseForm(SignupInput, {
      name: '',
      email: 'nope',
      password: 'p',
      requestedRole: 'agency_staff',
      agencyId: '',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.name).toBe('Vui lòng nhập họ tên.');
    expect(parsed.errors.email).toBe('Email không đúng định dạng.');
    expect(parsed.errors.agencyId).toBe('Cán bộ cơ quan cần chọn cơ quan công tác.');
  });
});

describe('fieldErrors / apiFailure', () => {
  it('splits field issues from the general one', () => {
    expect(
      fieldErrors([
        { path: '', message: 'g' },
        { path: 'a', message: '1' },
        { path: 'a', message: '2' },
      ]),
    ).toEqual({
      errors: { a: '1' },
      message: 'g',
    });
  });

  it('keeps the API status, code and message, without the password', () => {
    const failure = apiFailure(
      { status: 429, error: { code: 'RATE_LIMITED', message: 'Thử lại sau 15 phút.' } },
      { email: 'a@b.vn', password: 'secret' },
    );
    expect(failure.status).toBe(429);
    expect(failure.data).toEqual({
      values: { email: 'a@b.vn' },
      errors: {},
      message: 'Thử lại sau 15 phút.',
      code: 'RATE_LIMITED',
    });
  });
});
