import { describe, expect, it } from 'vitest';
import { findKnownTerms } from './terms.js';
import type { KnownPersonalData } from './types.js';

/** The widest spans found (the terms finder may report a part inside a whole; redaction merges them). */
const found = (text: string, known: KnownPersonalData) => {
  const spans = findKnownTerms(text, known);
  return spans
    .filter(
      (s) =>
        !spans.some(
          (o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start,
        ),
    )
    .sort((a, b) => a.start - b.start)
    .map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);
};

describe('findKnownTerms', () => {
  const names = { names: ['Nguyễn Thị Lan'] };

  it('finds the full name with or without diacritics, in any case and spacing', () => {
    expect(found('Tôi là Nguyễn Thị Lan.', names)).toEqual(['name:Nguyễn Thị Lan']);
    expect(found('ho ten: NGUYEN THI  LAN', names)).toEqual(['name:NGUYEN THI  LAN']);
    expect(found('nguyễn thị lan hỏi', names)).toEqual(['name:nguyễn thị lan']);
  });

  it('finds the given name after an honorific or "tên là", keeping the honorific', () => {
    expect(found('chị Lan hỏi, bà lan cũng hỏi, tên tôi là Lan', names)).toEqual([
      'name:Lan',
      'name:lan',
      'name:Lan',
    ]);
    expect(found('anh Minh Tuấn và ông Tuấn', { names: ['Lê Minh Tuấn'] })).toEqual([
      'name:Minh Tuấn',
      'name:Tuấn',
    ]);
  });

  it('does not take the given name alone or inside other words', () => {
    expect(found('Lan truyền dịch bệnh; Lào; chị Lành', names)).toEqual([]);
    expect(found('Thanh Hóa', { names: ['Lê Văn Thanh'] })).toEqual([]);
    expect(found('ba an tâm', { names: ['Trần Văn An'] })).toEqual([]);
  });

  it('finds the address, its leading parts and its house-level parts', () => {
    const known = { addresses: ['Số 12, ngõ 5, đường Lê Lợi, phường Điện Biên'] };
    expect(found('nhà ở so 12 ngo 5 duong le loi, ngập nước', known)).toEqual([
      'address:so 12 ngo 5 duong le loi',
    ]);
    expect(found('gần ngõ 5 có ổ dịch', known)).toEqual(['address:ngõ 5']);
    expect(found('đường Lê Lợi bị ngập, phường Điện Biên', known)).toEqual([]);
  });

  it('finds the commune by its name, leaving the word xã or phường', () => {
    expect(found('ở xã Quảng Tâm và QUANG TAM', { communes: ['Xã Quảng Tâm'] })).toEqual([
      'commune:Quảng Tâm',
      'commune:QUANG TAM',
    ]);
    expect(found('Xã Đông có dịch; phía đông', { communes: ['xã Đông'] })).toEqual(['commune:Xã Đông']);
  });

  it('ignores empty and missing terms', () => {
    expect(found('chị Lan', { names: [null, '', '  '], addresses: [undefined] })).toEqual([]);
  });
});
