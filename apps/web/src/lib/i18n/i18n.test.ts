import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { isLocale, pickLocale, t } from './index.js';
import { vi } from './vi.js';

describe('t', () => {
  it('returns the Vietnamese text by default catalogue', () => {
    expect(t('vi', 'error.tenantNotFound.title')).toBe('Không tìm thấy tổng đài');
  });

  it('returns the English text', () => {
    expect(t('en', 'nav.home')).toBe('Home');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('vi', 'faq.count', { count: 12 })).toBe('12 câu hỏi');
    expect(t('en', 'ivr.digit')).toBe('Key {digit}');
    expect(t('en', 'platform.areaCode', { other: 'x' })).toBe('Area code {code}');
  });

  it('has the same keys in every catalogue, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const value of [...Object.values(vi), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });
});

describe('pickLocale', () => {
  it('prefers the query, then the cookie, then vi', () => {
    expect(pickLocale('en', 'vi')).toBe('en');
    expect(pickLocale(null, 'en')).toBe('en');
    expect(pickLocale('fr', 'de')).toBe('vi');
    expect(pickLocale(undefined, undefined)).toBe('vi');
  });

  it('recognises only supported locales', () => {
    expect(isLocale('vi')).toBe(true);
    expect(isLocale('EN')).toBe(false);
    expect(isLocale(1)).toBe(false);
  });
});
