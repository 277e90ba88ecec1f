import { describe, expect, it } from 'vitest';
import { findIdNumbers } from './id-numbers.js';

const found = (text: string) => findIdNumbers(text).map((s) => text.slice(s.start, s.end));

describe('findIdNumbers', () => {
  it('finds a 12-digit CCCD with a valid province code, grouped or not', () => {
    expect(found('Căn cước 038195001234 cấp năm 2021')).toEqual(['038195001234']);
    expect(found('số 001 095 012 345')).toEqual(['001 095 012 345']);
    expect(found('0961.9500.1234')).toEqual(['0961.9500.1234']);
  });

  it('refuses 12 digits whose province code does not exist without a word naming the document', () => {
    expect(found('mã giao dịch 099195001234')).toEqual([]);
    expect(found('mã giao dịch 000195001234')).toEqual([]);
    expect(found('CCCD: 099195001234')).toEqual(['099195001234']);
  });

  it('finds 9-digit CMND numbers only after a word that names them', () => {
    expect(found('CMND số 123456789')).toEqual(['123456789']);
    expect(found('chứng minh nhân dân: 123 456 789')).toEqual(['123 456 789']);
    expect(found('Hộ chiếu số: 123456789')).toEqual(['123456789']);
    expect(found('đơn hàng 123456789')).toEqual([]);
  });

  it('leaves phones, dates, amounts and codes alone', () => {
    expect(found('0913680916, 12/03/2026, 1.500.000 đồng, TH-2026-000123, 13/2023/NĐ-CP')).toEqual([]);
  });
});
