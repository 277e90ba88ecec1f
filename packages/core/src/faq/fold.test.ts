import { describe, expect, it } from 'vitest';
import { foldVietnamese, searchTokens, tokenizeText } from './fold.js';

describe('foldVietnamese', () => {
  it('drops every Vietnamese diacritic, maps đ to d and lower-cases', () => {
    expect(foldVietnamese('Xét nghiệm Thanh Hóa')).toBe('xet nghiem thanh hoa');
    expect(foldVietnamese('ĐƯỜNG DÂY NÓNG, hộ cận nghèo, ưu tiên, ỞỞ')).toBe(
      'duong day nong, ho can ngheo, uu tien, oo',
    );
  });

  it('folds decomposed (NFD) text the same as composed text', () => {
    expect(foldVietnamese('xét nghiệm'.normalize('NFD'))).toBe('xet nghiem');
  });
});

describe('tokenizeText / searchTokens', () => {
  it('splits on anything that is not a letter or digit and keeps original offsets', () => {
    const text = 'Test nhanh Covid-19, SpO2 < 96%!';
    const tokens = tokenizeText(text);
    expect(tokens.map((t) => t.folded)).toEqual(['test', 'nhanh', 'covid', '19', 'spo2', '96']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Test',
      'nhanh',
      'Covid',
      '19',
      'SpO2',
      '96',
    ]);
  });

  it('gives only [a-z0-9] tokens, so a query cannot inject tsquery syntax', () => {
    expect(searchTokens("xét nghiệm' | !f0 & <-> :* (")).toEqual(['xet', 'nghiem', 'f0']);
    expect(searchTokens('  ')).toEqual([]);
  });
});
