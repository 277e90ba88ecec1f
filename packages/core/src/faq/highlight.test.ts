import { describe, expect, it } from 'vitest';
import { highlightText, snippetOf, type TextPart } from './highlight.js';

const marked = (parts: TextPart[]) => parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');
const phrase = (text: string, prefix = false) => ({ tokens: text.split(' '), prefix });
const terms = { phrases: [phrase('xet nghiem'), phrase('xet')] };

describe('highlightText', () => {
  it('marks query words in the original accented text, joining adjacent ones', () => {
    expect(marked(highlightText('Tôi muốn xét nghiệm Covid-19 tự nguyện', terms))).toBe(
      'Tôi muốn [xét nghiệm] Covid-19 tự nguyện',
    );
  });

  it('marks words starting with a prefix', () => {
    expect(marked(highlightText('Người nhiễm, nhiễm bệnh', { phrases: [phrase('nhie', true)] }))).toBe(
      'Người [nhiễm], [nhiễm] bệnh',
    );
  });

  it('marks a phrase only where its words follow each other', () => {
    const hoNgheo = { phrases: [phrase('ho ngheo')] };
    expect(marked(highlightText('Hộ nghèo có được hỗ trợ? Hộ cận nghèo thì sao?', hoNgheo))).toBe(
      '[Hộ nghèo] có được hỗ trợ? Hộ cận nghèo thì sao?',
    );
  });

  it('returns markup in the text as plain text parts, never as HTML', () => {
    const parts = highlightText('<img src=x onerror=alert(1)> xét', terms);
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> ', hit: false },
      { text: 'xét', hit: true },
    ]);
  });
});

describe('snippetOf', () => {
  const filler = 'Người dân liên hệ trạm y tế xã, phường nơi cư trú để được hướng dẫn cụ thể. ';
  const text = `${filler.repeat(4)}Chi phí xét nghiệm tự nguyện do người yêu cầu chi trả. ${filler.repeat(3)}`;

  it('picks the passage with the query words and marks what was left out', () => {
    const parts = snippetOf(text, terms, 160);
    const shown = marked(parts);
    expect(shown).toContain('[xét nghiệm]');
    expect(shown.startsWith('… ')).toBe(true);
    expect(shown.endsWith(' …')).toBe(true);
    expect(shown.length).toBeLessThan(180);
  });

  it('shows the beginning when nothing matches, and short text whole', () => {
    expect(marked(snippetOf(text, { phrases: [phrase('khong')] }, 100)).startsWith('Người dân')).toBe(true);
    expect(marked(snippetOf('Ngắn gọn xét nghiệm.', terms))).toBe('Ngắn gọn [xét nghiệm].');
  });
});
