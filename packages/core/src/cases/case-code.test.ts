import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCaseCode, parseCaseCode, provinceCodePrefix } from './case-code.js';

describe('formatCaseCode', () => {
  it('pads the sequence to 6 digits', () => {
    expect(formatCaseCode('TH', 2026, 123)).toBe('TH-2026-000123');
    expect(formatCaseCode('HCM', 2026, 1)).toBe('HCM-2026-000001');
  });

  it('grows past 6 digits without truncating', () => {
    expect(formatCaseCode('BT', 2026, 999_999)).toBe('BT-2026-999999');
    expect(formatCaseCode('BT', 2026, 1_234_567)).toBe('BT-2026-1234567');
  });

  it('refuses what it cannot print faithfully', () => {
    for (const prefix of ['T', 'th', 'THANH', 'T1', 'ĐN']) {
      expect(() => formatCaseCode(prefix, 2026, 1)).toThrow(RangeError);
    }
    for (const year of [26, 20260, 2026.5]) expect(() => formatCaseCode('TH', year, 1)).toThrow(RangeError);
    for (const sequence of [0, -1, 1.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN]) {
      expect(() => formatCaseCode('TH', 2026, sequence)).toThrow(RangeError);
    }
  });
});

describe('parseCaseCode', () => {
  it('reads a code back, as typed by a citizen', () => {
    expect(parseCaseCode('TH-2026-000123')).toEqual({ prefix: 'TH', year: 2026, sequence: 123 });
    expect(parseCaseCode('  th-2026-000123 ')).toEqual({ prefix: 'TH', year: 2026, sequence: 123 });
    expect(parseCaseCode('BT-2026-1234567')).toEqual({ prefix: 'BT', year: 2026, sequence: 1_234_567 });
  });

  it('returns null for anything formatCaseCode would not produce', () => {
    const invalid = [
      '',
      'TH-2026-123',
      'TH-26-000123',
      'TH2026000123',
      'T-2026-000123',
      'THANH-2026-000123',
      'TH-2026-000000',
      'TH-2026-0001234',
      'TH-2026-000123-1',
      'TH–2026–000123',
      'TH-2026-99999999999999999',
    ];
    for (const code of invalid) expect(parseCaseCode(code)).toBeNull();
  });

  it('round-trips every code it formats', () => {
    const prefix = fc.stringMatching(/^[A-Z]{2,4}$/);
    const year = fc.integer({ min: 1000, max: 9999 });
    const sequence = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(prefix, year, sequence, (p, y, s) => {
        expect(parseCaseCode(formatCaseCode(p, y, s))).toEqual({ prefix: p, year: y, sequence: s });
      }),
    );
  });
});

describe('provinceCodePrefix', () => {
  it('derives the seed provinces’ prefixes from their slugs', () => {
    expect(provinceCodePrefix('thanhhoa')).toBe('TH');
    expect(provinceCodePrefix('binhthuan')).toBe('BT');
    expect(provinceCodePrefix('haiduong')).toBe('HD');
  });

  it('splits consonant clusters between syllables the Vietnamese way', () => {
    const expected: Record<string, string> = {
      hatinh: 'HT',
      hanoi: 'HN',
      haiphong: 'HP',
      cantho: 'CT',
      quangngai: 'QN',
      daklak: 'DL',
      lamdong: 'LD',
      hochiminh: 'HCM',
      'ba-ria-vung-tau': 'BRVT',
    };
    for (const [slug, prefix] of Object.entries(expected)) expect(provinceCodePrefix(slug)).toBe(prefix);
  });

  it('takes an explicit prefix where the slug cannot tell, e.g. a vowel-initial syllable', () => {
    expect(provinceCodePrefix('nghean')).toBe('NG');
    expect(provinceCodePrefix('nghean', 'NA')).toBe('NA');
    expect(provinceCodePrefix('thuathienhue', ' tth ')).toBe('TTH');
    expect(() => provinceCodePrefix('thanhhoa', 'THANH')).toThrow(RangeError);
  });

  it('is at most 4 letters and refuses slugs without two letters', () => {
    expect(provinceCodePrefix('bacbacbacbacbac')).toBe('BBBB');
    expect(() => provinceCodePrefix('x')).toThrow(RangeError);
  });

  it('always yields a prefix formatCaseCode accepts', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9-]{1,39}$/), (slug) => {
        fc.pre(/[a-z].*[a-z]/.test(slug));
        expect(() => formatCaseCode(provinceCodePrefix(slug), 2026, 1)).not.toThrow();
      }),
    );
  });
});
