import { describe, expect, it } from 'vitest';
import { checkSynonym, splitEquivalents } from './synonyms.js';

describe('checkSynonym', () => {
  it('accepts a term with distinct equivalents', () => {
    expect(checkSynonym('F0', ['người nhiễm', 'ca dương tính'])).toEqual([]);
  });

  it('refuses empty phrases and repeats that differ only by accents or case', () => {
    expect(checkSynonym('...', [])).toEqual([
      { field: 'term', message: 'Từ cần có ít nhất một chữ hoặc số.' },
      { field: 'equivalents', message: 'Cần ít nhất một từ đồng nghĩa.' },
    ]);
    expect(checkSynonym('test', ['Xét nghiệm', 'xet nghiem', 'TEST']).map((p) => p.message)).toEqual([
      '"xet nghiem" bị lặp lại.',
      '"TEST" bị lặp lại.',
    ]);
  });
});

describe('splitEquivalents', () => {
  it('splits on semicolons and new lines', () => {
    expect(splitEquivalents(' người nhiễm ;\nca  dương tính;; ')).toEqual(['người nhiễm', 'ca dương tính']);
  });
});
