import { describe, expect, it } from 'vitest';
import { formatPhoneVn, maskPhone, normalizePhone } from './phone.js';

describe('normalizePhone', () => {
  it('normalises numbers written as in the seed letters', () => {
    expect(normalizePhone('0913.680.916')).toBe('+84913680916');
    expect(normalizePhone('0908.15.83.83')).toBe('+84908158383');
    expect(normalizePhone('+84 913 680 916')).toBe('+84913680916');
  });

  it('recognises a provincial service number: area code + short code', () => {
    expect(normalizePhone('0237 1022')).toBe('+842371022');
    expect(normalizePhone('0237.1022')).toBe('+842371022');
    expect(formatPhoneVn('+842371022')).toBe('0237 1022');
    expect(formatPhoneVn('02371022')).toBe('0237 1022');
    expect(maskPhone('+842371022')).toBe('0237 *** 022');
  });

  it('keeps short codes such as 1022', () => {
    expect(normalizePhone('1022')).toBe('1022');
  });

  it('accepts a fixed line with area code', () => {
    expect(normalizePhone('0237 3852 555')).toBe('+842373852555');
  });

  it('refuses what is not a Vietnamese number', () => {
    expect(normalizePhone('0913')).toBeNull();
    expect(normalizePhone('abc')).toBeNull();
    expect(normalizePhone('0000000000')).toBeNull();
  });
});

describe('formatPhoneVn / maskPhone', () => {
  it('formats E.164 back to the national form', () => {
    expect(formatPhoneVn('+84913680916')).toBe('0913 680 916');
    expect(formatPhoneVn('1022')).toBe('1022');
  });

  it('masks the middle digits', () => {
    expect(maskPhone('+84913680916')).toBe('0913 *** 916');
  });
});
