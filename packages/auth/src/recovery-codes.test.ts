import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  normalizeRecoveryCode,
  RECOVERY_CODE_ALPHABET,
} from './recovery-codes.js';

describe('generateRecoveryCodes', () => {
  it('makes ten distinct xxxx-xxxx-xxxx codes by default', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-km-np-z2-9]{4}-[a-km-np-z2-9]{4}-[a-km-np-z2-9]{4}$/);
  });

  it('honours the count and never uses look-alike characters', () => {
    const codes = generateRecoveryCodes(200);
    expect(codes).toHaveLength(200);
    expect(codes.join('')).not.toMatch(/[01lo]/);
  });

  it('uses the whole 32-character alphabet', () => {
    expect(new Set(RECOVERY_CODE_ALPHABET).size).toBe(32);
    const used = new Set(generateRecoveryCodes(200).join('').replace(/-/g, ''));
    expect(used.size).toBe(32);
  });
});

describe('normalizeRecoveryCode / hashRecoveryCode', () => {
  it('ignores case, dashes and spaces', () => {
    expect(normalizeRecoveryCode(' K7M2-Q9XD 4hpf\n')).toBe('k7m2q9xd4hpf');
    expect(hashRecoveryCode('K7M2 Q9XD 4HPF')).toBe(hashRecoveryCode('k7m2-q9xd-4hpf'));
  });

  it('is the SHA-256 hex of the normalised code', () => {
    const expected = createHash('sha256').update('k7m2q9xd4hpf').digest('hex');
    expect(hashRecoveryCode('k7m2-q9xd-4hpf')).toBe(expected);
    expect(hashRecoveryCode('k7m2-q9xd-4hpg')).not.toBe(expected);
  });
});
