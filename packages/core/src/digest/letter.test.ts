import { describe, expect, it } from 'vitest';
import { composeDigestLetter, type DigestCase, type DigestIssuer } from './letter.js';

const issuer: DigestIssuer = {
  parentBody: 'UBND tỉnh Thanh Hóa',
  body: 'Sở Thông tin và Truyền thông',
  symbol: 'TĐ1022-STTTT',
  place: 'Thanh Hóa',
  serviceName: 'Tổng đài 1022 tỉnh Thanh Hóa',
  timeZone: 'Asia/Ho_Chi_Minh',
};

const kase = (over: Partial<DigestCase> = {}): DigestCase => ({
  id: '00000000-0000-4000-8000-000000000001',
  code: 'TH-2026-000123',
  receivedAt: new Date('2026-11-22T01:15:00Z'),
  topic: 'Tư vấn, hỗ trợ y tế',
  content: 'Xin hỏi lịch xét nghiệm tại trạm y tế xã?',
  dueAt: new Date('2026-11-25T10:00:00Z'),
  ...over,
});

// 16:30 on 23/11/2026 in Vietnam.
const issuedAt = new Date('2026-11-23T09:30:00Z');

describe('composeDigestLetter', () => {
  it('lays the letter out as Decree 30/2020/NĐ-CP does', () => {
    const letter = composeDigestLetter({
      issuer,
      recipient: 'Sở Y tế',
      number: 12,
      issuedAt,
      cases: [kase()],
    });
    expect(letter.issuer).toEqual({
      parentBody: 'UBND TỈNH THANH HÓA',
      body: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    });
    expect(letter.number).toBe('Số: 12/TĐ1022-STTTT');
    expect(letter.nationalTitle).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(letter.motto).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(letter.placeDate).toBe('Thanh Hóa, ngày 23 tháng 11 năm 2026');
    expect(letter.subject).toMatch(/^V\/v /);
    expect(letter.salutation).toEqual({ label: 'Kính gửi:', recipient: 'Sở Y tế.' });
    expect(letter.opening[0]).toContain('tổng hợp 01 yêu cầu đã chuyển đến Sở Y tế');
    expect(letter.opening[0]).toContain('tính đến 16:30 ngày 23/11/2026');
    expect(letter.closing.at(-1)).toMatch(/\.\/\.$/);
    expect(letter.copies).toEqual({ label: 'Nơi nhận:', items: ['Như trên;', 'Lưu: VT.'] });
    expect(letter.meta).toEqual({
      number: 12,
      year: 2026,
      date: '2026-11-23',
      recipient: 'Sở Y tế',
      caseCount: 1,
    });
  });

  it('lists each request with its code, dates in Vietnam time, topic, question and deadline', () => {
    const letter = composeDigestLetter({
      issuer,
      recipient: 'Sở Y tế',
      number: 1,
      issuedAt,
      cases: [kase()],
    });
    expect(letter.table.columns.map((c) => c.label)).toEqual([
      'STT',
      'Mã yêu cầu',
      'Ngày tiếp nhận',
      'Lĩnh vực, nội dung yêu cầu',
      'Hạn trả lời',
    ]);
    expect(letter.table.rows).toEqual([
      {
        index: 1,
        caseId: '00000000-0000-4000-8000-000000000001',
        code: 'TH-2026-000123',
        receivedAt: '22/11/2026 08:15',
        topic: 'Tư vấn, hỗ trợ y tế',
        question: 'Xin hỏi lịch xét nghiệm tại trạm y tế xã?',
        dueAt: '25/11/2026 17:00',
        overdue: false,
      },
    ]);
  });

  it('removes the citizen’s personal data from the question', () => {
    const letter = composeDigestLetter({
      issuer,
      recipient: 'Sở Y tế',
      number: 1,
      issuedAt,
      cases: [
        kase({
          content: 'Tôi là Nguyễn Thị Lan ở số 12 ngõ 5 Lê Lợi, gọi lại 0913.680.916 hoặc lan@gmail.com',
          citizen: { names: ['Nguyễn Thị Lan'], addresses: ['Số 12, ngõ 5 Lê Lợi'] },
        }),
      ],
    });
    expect(letter.table.rows[0]!.question).toBe(
      'Tôi là [họ tên] ở [địa chỉ], gọi lại [số điện thoại] hoặc [email]',
    );
  });

  it('orders requests by deadline, marks the overdue ones and counts them', () => {
    const letter = composeDigestLetter({
      issuer,
      recipient: 'UBND huyện Thọ Xuân',
      number: 3,
      issuedAt,
      cases: [
        kase({ code: 'TH-2026-000003', dueAt: null }),
        kase({ code: 'TH-2026-000002', dueAt: new Date('2026-11-26T10:00:00Z') }),
        kase({ code: 'TH-2026-000001', dueAt: new Date('2026-11-21T10:00:00Z') }),
      ],
    });
    expect(letter.table.rows.map((r) => [r.index, r.code, r.dueAt])).toEqual([
      [1, 'TH-2026-000001', '21/11/2026 17:00 (quá hạn)'],
      [2, 'TH-2026-000002', '26/11/2026 17:00'],
      [3, 'TH-2026-000003', 'Chưa xác định'],
    ]);
    expect(letter.opening[0]).toContain('tổng hợp 03 yêu cầu');
    expect(letter.opening[0]).toContain('trong đó 01 yêu cầu đã quá hạn trả lời');
  });

  it('dates the letter on the Vietnamese calendar day, with Decree 30’s leading zeros', () => {
    // 23:30 UTC on 4 February is already 5 February in Vietnam.
    const letter = composeDigestLetter({
      issuer,
      recipient: 'Sở Y tế',
      number: 1,
      issuedAt: new Date('2027-02-04T23:30:00Z'),
      cases: [kase()],
    });
    expect(letter.placeDate).toBe('Thanh Hóa, ngày 05 tháng 02 năm 2027');
    expect(letter.meta.date).toBe('2027-02-05');
    expect(letter.meta.year).toBe(2027);
  });

  it('signs with the configured title and name, or as the hotline with a note that it was generated', () => {
    const signed = composeDigestLetter({
      issuer: { ...issuer, signerTitle: 'KT. Giám đốc\nPhó Giám đốc', signerName: 'Lê Văn Bình' },
      recipient: 'Sở Y tế',
      number: 1,
      issuedAt,
      cases: [kase()],
    });
    expect(signed.signature).toEqual({
      lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      name: 'Lê Văn Bình',
      note: null,
    });
    const unsigned = composeDigestLetter({
      issuer,
      recipient: 'Sở Y tế',
      number: 1,
      issuedAt,
      cases: [kase()],
    });
    expect(unsigned.signature.lines).toEqual(['TỔNG ĐÀI 1022 TỈNH THANH HÓA']);
    expect(unsigned.signature.note).toContain('tạo tự động');
  });

  it('leaves out the governing body line when there is none', () => {
    const letter = composeDigestLetter({
      issuer: { ...issuer, parentBody: null, body: 'Trung tâm Thông tin tỉnh' },
      recipient: 'Sở Y tế',
      number: 1,
      issuedAt,
      cases: [kase({ topic: null })],
    });
    expect(letter.issuer).toEqual({ parentBody: null, body: 'TRUNG TÂM THÔNG TIN TỈNH' });
    expect(letter.table.rows[0]!.topic).toBe('—');
  });

  it('refuses a letter without requests or with a number below 1', () => {
    expect(() =>
      composeDigestLetter({ issuer, recipient: 'Sở Y tế', number: 1, issuedAt, cases: [] }),
    ).toThrow(RangeError);
    expect(() =>
      composeDigestLetter({ issuer, recipient: 'Sở Y tế', number: 0, issuedAt, cases: [kase()] }),
    ).toThrow(RangeError);
  });
});
