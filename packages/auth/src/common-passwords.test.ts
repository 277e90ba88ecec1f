import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { foldForComparison } from './password.js';

describe('COMMON_PASSWORDS', () => {
  it('holds about two hundred entries, Vietnamese favourites included', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(180);
    for (const pw of ['matkhau', 'matkhau123', '123456789', 'iloveyou', 'anhyeuem', 'admin123', 'password1'])
      expect(COMMON_PASSWORDS.has(pw), pw).toBe(true);
    expect(COMMON_PASSWORDS.has('qwerty123')).toBe(true);
    expect(COMMON_PASSWORDS.has('1022')).toBe(true);
  });

  it('stores every entry already folded, so lookups after folding can match', () => {
    for (const pw of COMMON_PASSWORDS) expect(foldForComparison(pw), pw).toBe(pw);
  });
});
