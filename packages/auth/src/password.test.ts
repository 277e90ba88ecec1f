import { describe, expect, it } from 'vitest';
import {
  checkPasswordPolicy,
  foldForComparison,
  hashPassword,
  passwordNeedsRehash,
  verifyPassword,
} from './password.js';

const codes = (pw: string, ctx?: { email?: string; name?: string }) =>
  checkPasswordPolicy(pw, ctx).map((i) => i.code);

describe('hashPassword / verifyPassword', () => {
  it('produces an argon2id PHC string with the OWASP parameters and a fresh salt', async () => {
    const a = await hashPassword('Gió mùa đông bắc 2026');
    const b = await hashPassword('Gió mùa đông bắc 2026');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(passwordNeedsRehash(a)).toBe(false);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('Gió mùa đông bắc 2026');
    expect(await verifyPassword(stored, 'Gió mùa đông bắc 2026')).toBe(true);
    expect(await verifyPassword(stored, 'Gio mua dong bac 2026')).toBe(false);
    expect(await verifyPassword(stored, '')).toBe(false);
  });

  it('treats composed and decomposed Vietnamese diacritics as the same password', async () => {
    const composed = 'Mật khẩu của tôi'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const stored = await hashPassword(composed);
    expect(await verifyPassword(stored, decomposed)).toBe(true);
  });

  it('returns false rather than throwing for a stored value that is not a hash', async () => {
    expect(await verifyPassword('', 'anything')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });

  it('flags hashes made with weaker parameters for rehashing', () => {
    const old = '$argon2id$v=19$m=4096,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$' + 'A'.repeat(43);
    expect(passwordNeedsRehash(old)).toBe(true);
  });
});

describe('checkPasswordPolicy', () => {
  it('accepts a long passphrase and reports nothing', () => {
    expect(checkPasswordPolicy('ca phê sữa đá lúc 6 giờ sáng')).toEqual([]);
    expect(checkPasswordPolicy('Kx9#mQ2vLp7!')).toEqual([]);
  });

  it('reports too_short with the Vietnamese message, counting characters not bytes', () => {
    expect(checkPasswordPolicy('Kx9#mQ2v')).toContainEqual({
      code: 'too_short',
      message: 'Mật khẩu cần ít nhất 10 ký tự.',
    });
    expect(codes('đêmđôngđẹ')).toContain('too_short');
    expect(codes('đêmđôngđẹp')).not.toContain('too_short');
  });

  it('reports too_long above 128 characters', () => {
    expect(codes('aZ9!'.repeat(32))).not.toContain('too_long');
    expect(codes('aZ9!'.repeat(32) + 'x')).toContain('too_long');
  });

  it('rejects common passwords case-insensitively and with trailing digits or symbols', () => {
    for (const pw of ['matkhau123', 'Matkhau@2024', 'MATKHAU!!!!!', '123456789', 'iloveyou1022', 'AnhYeuEm'])
      expect(codes(pw), pw).toContain('common');
    expect(codes('Mậtkhẩu2024!')).toContain('common');
    expect(codes('Password1!!')).toContain('common');
    expect(codes('tongdai1022')).toContain('common');
  });

  it('does not call a password common just because it starts like one', () => {
    expect(codes('matkhaucuatoilaxanh')).not.toContain('common');
  });

  it('rejects a password containing the e-mail local part, accent- and case-insensitively', () => {
    const email = 'tran.thuhuong@thanhhoa.gov.vn';
    expect(codes('Thuhuong#2026xyz', { email })).toContain('contains_email');
    expect(codes('tranthuhuong99', { email })).toContain('contains_email');
    expect(codes('gió lào miền trung', { email })).not.toContain('contains_email');
  });

  it('rejects a password containing the name, ignoring diacritics, but not short name parts', () => {
    const name = 'Nguyễn Thị Hà';
    expect(codes('nguyen-2026-hotline', { name })).toContain('contains_name');
    expect(codes('NGUYỄNthịHÀ!', { name })).toContain('contains_name');
    expect(codes('hà nội mùa thu vàng', { name })).not.toContain('contains_name');
    expect(codes('Đặng Văn Lâm 1990', { name: 'Đặng Văn Lâm' })).toContain('contains_name');
  });

  it('rejects a single repeated character', () => {
    expect(codes('aaaaaaaaaaaa')).toContain('repeated');
    expect(codes('111111111111')).toContain('repeated');
    expect(codes('aaaaaaaaaaab')).not.toContain('repeated');
  });

  it('rejects keyboard and number sequences, forwards and backwards', () => {
    for (const pw of [
      '1234567890',
      'abcdefghijk',
      'qwertyuiop',
      'QWERTYUIOPASDF',
      '0987654321',
      'asdfghjkl1',
    ])
      expect(codes(pw), pw).toContain('sequence');
    expect(codes('qwertyuiop')).toEqual(expect.arrayContaining(['common', 'sequence']));
    expect(codes('qwmnbvcxpo12')).not.toContain('sequence');
  });

  it('reports every broken rule at once', () => {
    expect(codes('abc')).toEqual(['too_short', 'sequence']);
  });
});

describe('foldForComparison', () => {
  it('lowercases and drops Vietnamese diacritics, including đ', () => {
    expect(foldForComparison('Đặng Thị Ngọc Ánh')).toBe('dang thi ngoc anh');
    expect(foldForComparison('Tổng đài 1022'.normalize('NFD'))).toBe('tong dai 1022');
  });
});
