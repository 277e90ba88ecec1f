import { describe, expect, it } from 'vitest';
import { applyRedactions, findPersonalData, redact } from './redact.js';

describe('redact', () => {
  it('replaces every kind of personal data and reports each finding with its span', () => {
    const text =
      'Tôi là Nguyễn Thị Lan, nhà số 12 ngõ 5 đường Lê Lợi, xã Quảng Tâm; SĐT 0913.680.916, ' +
      'email lan.nguyen@gmail.com, CCCD 038195001234. Hỏi lịch xét nghiệm ngày 12/03/2026.';
    const result = redact(text, {
      names: ['Nguyễn Thị Lan'],
      addresses: ['Số 12, ngõ 5, đường Lê Lợi'],
      communes: ['Xã Quảng Tâm'],
    });
    expect(result.text).toBe(
      'Tôi là [họ tên], nhà [địa chỉ], xã [địa bàn]; SĐT [số điện thoại], ' +
        'email [email], CCCD [số giấy tờ tùy thân]. Hỏi lịch xét nghiệm ngày 12/03/2026.',
    );
    expect(result.findings.map((f) => [f.kind, f.original])).toEqual([
      ['name', 'Nguyễn Thị Lan'],
      ['address', 'số 12 ngõ 5 đường Lê Lợi'],
      ['commune', 'Quảng Tâm'],
      ['phone', '0913.680.916'],
      ['email', 'lan.nguyen@gmail.com'],
      ['id_number', '038195001234'],
    ]);
    for (const f of result.findings) expect(text.slice(f.start, f.end)).toBe(f.original);
  });

  it('lets an e-mail made of a phone number win as one finding', () => {
    const result = redact('Gửi 0913680916@gmail.com nhé');
    expect(result.findings.map((f) => f.kind)).toEqual(['email']);
    expect(result.text).toBe('Gửi [email] nhé');
  });

  it('merges overlapping findings so no part of either survives', () => {
    const result = redact('ông Nguyễn Văn An', { names: ['Nguyễn Văn An'], addresses: ['Văn An, Hà Nội'] });
    expect(result.text).toBe('ông [họ tên]');
  });

  it('works on decomposed (NFD) input and answers in NFC', () => {
    const nfd = 'Chị Nguyễn Thị Lan gọi 0913 680 916'.normalize('NFD');
    const result = redact(nfd, { names: ['Nguyễn Thị Lan'] });
    expect(result.text).toBe('Chị [họ tên] gọi [số điện thoại]');
    expect(result.text).toBe(result.text.normalize('NFC'));
  });

  it('leaves text without personal data exactly as it was', () => {
    const text =
      'Theo Nghị định 13/2023/NĐ-CP, hồ sơ TH-2026-000123 nhận ngày 12/03/2026 lúc 16:30, hỗ trợ 1.500.000 đồng; gọi 1022.';
    expect(redact(text)).toEqual({ text, findings: [] });
  });

  it('keeps the seed letter’s public hotline list readable but removes the contact’s own details', () => {
    const text =
      'bà Trần Thị Trinh - Trưởng phòng; Số ĐT/Zalo: 0908.15.83.83; Email: trinhtt@stttt.binhthuan.gov.vn';
    const result = redact(text, { names: ['Trần Thị Trinh'] });
    expect(result.text).toBe('bà [họ tên] - Trưởng phòng; Số ĐT/Zalo: [số điện thoại]; Email: [email]');
  });
});

describe('applyRedactions', () => {
  it('applies only the findings the reviewer kept', () => {
    const text = 'Chị Lan, 0913 680 916, lan@gmail.com';
    const findings = findPersonalData(text, { names: ['Nguyễn Thị Lan'] });
    expect(findings.map((f) => f.kind)).toEqual(['name', 'phone', 'email']);
    const kept = findings.filter((f) => f.kind !== 'name');
    expect(applyRedactions(text, kept)).toBe('Chị Lan, [số điện thoại], [email]');
  });

  it('ignores findings that overlap, fall outside the text or are empty', () => {
    const text = 'abc 0913680916';
    const phone = findPersonalData(text)[0]!;
    const overlapping = { ...phone, start: phone.start + 2 };
    const outside = { ...phone, start: 100, end: 120 };
    const empty = { ...phone, start: 1, end: 1 };
    expect(applyRedactions(text, [phone, overlapping, outside, empty])).toBe('abc [số điện thoại]');
  });
});
