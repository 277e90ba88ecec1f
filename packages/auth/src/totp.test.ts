import { generateTOTP } from '@oslojs/otp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createTotpKey,
  decodeTotpKey,
  encodeTotpKey,
  matchTotp,
  totpKeyUri,
  totpStep,
  verifyTotp,
} from './totp.js';

// RFC 6238 appendix B: SHA-1 key "12345678901234567890"; at T = 59 s the 8-digit code is 94287082.
const RFC_KEY = new TextEncoder().encode('12345678901234567890');
const T = new Date('2026-03-01T08:00:10Z');

function codeAt(key: Uint8Array, at: Date): string {
  vi.useFakeTimers();
  vi.setSystemTime(at);
  const code = generateTOTP(key, 30, 6);
  vi.useRealTimers();
  return code;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('verifyTotp', () => {
  it('matches the RFC 6238 test vector', () => {
    expect(verifyTotp(RFC_KEY, '287082', new Date(59_000))).toBe(true);
    expect(verifyTotp(RFC_KEY, '287083', new Date(59_000))).toBe(false);
  });

  it('accepts the current code and, for 30 s, the previous one', () => {
    const code = codeAt(RFC_KEY, T);
    expect(verifyTotp(RFC_KEY, code, T)).toBe(true);
    expect(verifyTotp(RFC_KEY, code, new Date(T.getTime() + 30_000))).toBe(true);
    expect(verifyTotp(RFC_KEY, code, new Date(T.getTime() + 60_000))).toBe(false);
  });

  it('does not accept a code from the next window', () => {
    const future = codeAt(RFC_KEY, new Date(T.getTime() + 30_000));
    expect(verifyTotp(RFC_KEY, future, T)).toBe(false);
  });

  it('uses the clock when no time is given', () => {
    vi.useFakeTimers();
    vi.setSystemTime(T);
    const code = generateTOTP(RFC_KEY, 30, 6);
    expect(verifyTotp(RFC_KEY, code)).toBe(true);
  });

  it('rejects anything but exactly six digits', () => {
    const code = codeAt(RFC_KEY, T);
    for (const bad of [
      '',
      '12345',
      '1234567',
      'abcdef',
      ` ${code}`,
      `${code} `,
      `${code.slice(0, 3)} ${code.slice(3)}`,
    ])
      expect(verifyTotp(RFC_KEY, bad, T), bad).toBe(false);
  });

  it('rejects a code made with another key', () => {
    const code = codeAt(RFC_KEY, T);
    const other = new TextEncoder().encode('abcdefghijklmnopqrst');
    expect(codeAt(other, T)).not.toBe(code);
    expect(verifyTotp(other, code, T)).toBe(false);
  });
});

describe('matchTotp', () => {
  it('returns the step the code belongs to, so replays can be refused', () => {
    const code = codeAt(RFC_KEY, T);
    expect(matchTotp(RFC_KEY, code, T)).toBe(totpStep(T));
    expect(matchTotp(RFC_KEY, code, new Date(T.getTime() + 30_000))).toBe(totpStep(T));
    expect(matchTotp(RFC_KEY, '000000x', T)).toBeNull();
  });
});

describe('keys', () => {
  it('creates 20 random bytes', () => {
    const a = createTotpKey();
    expect(a).toHaveLength(20);
    expect(encodeTotpKey(a)).not.toBe(encodeTotpKey(createTotpKey()));
  });

  it('round-trips through base64 and refuses a key of the wrong size', () => {
    const key = createTotpKey();
    const encoded = encodeTotpKey(key);
    expect(encoded).toMatch(/^[A-Za-z0-9+/]{27}=$/);
    expect(decodeTotpKey(encoded)).toEqual(key);
    expect(() => decodeTotpKey(encodeTotpKey(new Uint8Array(16)))).toThrow();
    expect(() => decodeTotpKey('not base64!')).toThrow();
  });

  it('builds an otpauth URI with the Vietnamese issuer, the account and the base32 secret', () => {
    const uri = totpKeyUri({ issuer: 'Tổng đài 1022', accountName: 'admin@thanhhoa.gov.vn', key: RFC_KEY });
    expect(uri).toMatch(/^otpauth:\/\/totp\/T%E1%BB%95ng%20%C4%91%C3%A0i%201022:admin%40thanhhoa\.gov\.vn\?/);
    expect(uri).not.toContain('+');
    const params = new URL(uri).searchParams;
    expect(params.get('issuer')).toBe('Tổng đài 1022');
    expect(params.get('secret')).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(params.get('period')).toBe('30');
    expect(params.get('digits')).toBe('6');
  });
});
