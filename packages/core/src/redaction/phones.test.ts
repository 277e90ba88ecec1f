import { describe, expect, it } from 'vitest';
import { findPhones } from './phones.js';

const found = (text: string) => findPhones(text).map((s) => text.slice(s.start, s.end));

describe('findPhones', () => {
  it.each([
    '0913 680 916',
    '0913.680.916',
    '0913-680-916',
    '0913680916',
    '091 368 0916',
    '0908.15.83.83',
    '0913 - 680 - 916',
    '+84 913 680 916',
    '+84913680916',
    '+84 (0) 913 680 916',
    '(+84) 913.680.916',
    '84913680916',
    '84 913 680 916',
    '0084 913 680 916',
    '0237 3 852 123',
    '02373852123',
    '0237.3852.123',
    '(0237) 3852123',
    '024 3825 1234',
    '(028) 3829 5555',
    '+84 237 3852 123',
    '0162 345 6789',
    '0352 123 456',
    '0702 123 456',
    '0589 123 456',
    '0813\u00a0680\u00a0916',
    '0913–680–916',
  ])('finds %s whole', (phone) => {
    expect(found(`Số của tôi là ${phone}, gọi giúp.`)).toEqual([phone]);
  });

  it('finds a phone glued to a label or to other words', () => {
    expect(found('SĐT0913680916')).toEqual(['0913680916']);
    expect(found('ĐT:0913.680.916.')).toEqual(['0913.680.916']);
    expect(found('(0913 680 916)')).toEqual(['(0913 680 916)']);
  });

  it('finds a phone next to another number and stops at its last digit', () => {
    expect(found('ngày 12 0913 680 916 2 lần')).toEqual(['0913 680 916']);
    expect(found('12/03/2026 0913680916')).toEqual(['0913680916']);
    expect(found('gọi 0913680916 0987654321')).toEqual(['0913680916', '0987654321']);
  });

  it('keeps the digits of codes, amounts and service numbers out of a neighbouring phone', () => {
    expect(found('Hồ sơ TH-2026-000123 0913680916')).toEqual(['0913680916']);
    expect(found('0237 1022 100 người')).toEqual([]);
    expect(found('gọi 0237 1022 0913 680 916')).toEqual(['0913 680 916']);
    expect(found('1.500.000 đồng 0913680916')).toEqual(['0913680916']);
  });

  it('redacts a wrong reading together with the phone it overlaps rather than lose the phone', () => {
    // "07 2030 0 9 1" reads as a phone too; both readings are joined so every digit of the real one goes.
    const text = 'ngày 02-07-2030 0 9 1 3 6 8 0 9 1 6';
    const [span] = findPhones(text);
    expect(span!.end).toBe(text.length);
    expect(span!.start).toBeLessThanOrEqual(text.indexOf('0 9 1 3'));
  });

  it('finds another country’s number written with its + prefix', () => {
    expect(found('con tôi ở Mỹ +1 202 555 0143')).toEqual(['+1 202 555 0143']);
  });

  it.each([
    ['the hotline itself', 'Gọi 1022 hoặc 0237 1022 miễn phí'],
    ['service numbers', 'Tổng đài 1900 9095, 1800 1234, 115, 113'],
    ['dates', 'ngày 12/03/2026, 12-03-2026, 12.03.2026, 05/02/2026'],
    ['amounts', '1.500.000 đồng, 15.000.000đ, 2.000.000.000 đồng, 500,000 VND, +12.500.000 đồng'],
    ['case codes', 'mã TH-2026-000123 và BT-2025-001234'],
    ['decree and decision numbers', '13/2023/NĐ-CP, 4678/QĐ-UBND, Công văn số 3060/UBND-TTTT'],
    ['times and counts', 'lúc 16:30, 08h30, 12 người, 3 lần, năm 2026, 84 hộ, 0,5 kg'],
    ['ID numbers', '038195001234'],
    ['too short or too long', '091368091, 091368091612'],
  ])('leaves %s alone', (_what, text) => {
    expect(found(text)).toEqual([]);
  });
});
