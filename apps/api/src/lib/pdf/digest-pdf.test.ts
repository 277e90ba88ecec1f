import { composeDigestLetter, type DigestCase } from '@tongdai/core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text.js';
import { renderDigestPdf } from './digest-pdf.js';

const issuer = {
  parentBody: 'UBND tỉnh Bình Thuận',
  body: 'Sở Thông tin và Truyền thông',
  symbol: 'TĐ1022-STTTT',
  place: 'Bình Thuận',
  serviceName: 'Tổng đài 1022 tỉnh Bình Thuận',
  timeZone: 'Asia/Ho_Chi_Minh',
};

const questions = [
  'Xin hỏi lịch xét nghiệm tại Trung tâm Y tế huyện Hàm Thuận Bắc, có phải đặt lịch trước không?',
  'Người lao động mất việc do dịch được hỗ trợ những gì, thủ tục nộp ở đâu?',
  'Xe chở hàng thiết yếu từ Phan Thiết đi Đức Linh có cần giấy đi đường không?',
  'Gia đình có người cách ly tại nhà được hỗ trợ lương thực, thực phẩm như thế nào?',
];

const cases = (n: number): DigestCase[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    code: `BT-2026-${String(i + 1).padStart(6, '0')}`,
    receivedAt: new Date(Date.UTC(2026, 10, 20, i % 10, 5 * (i % 12))),
    topic: i % 2 ? 'Chính sách hỗ trợ thất nghiệp, mất việc làm' : 'Tình trạng sức khỏe, y tế, xét nghiệm',
    content: questions[i % questions.length]!,
    dueAt: new Date(Date.UTC(2026, 10, 21 + (i % 5), 10)),
  }));

const letterFor = (recipient: string, n: number) =>
  composeDigestLetter({
    issuer,
    recipient,
    number: 7,
    issuedAt: new Date('2026-11-23T09:30:00Z'),
    cases: cases(n),
  });

describe('renderDigestPdf', () => {
  it('keeps every Vietnamese letter and tone mark in the text of the PDF', async () => {
    const pdf = await renderDigestPdf(letterFor('Sở Lao động, Thương binh và Xã hội', 4));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await pdfText(pdf);
    for (const phrase of [
      'UBND TỈNH BÌNH THUẬN',
      'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      'Số: 7/TĐ1022-STTTT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Bình Thuận, ngày 23 tháng 11 năm 2026',
      'Kính gửi: Sở Lao động, Thương binh và Xã hội.',
      'xét nghiệm tại Trung tâm Y tế huyện Hàm Thuận Bắc',
      'lương thực, thực phẩm',
      'BT-2026-000004',
      'Nơi nhận:',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('spreads a long list over numbered pages without losing a row', async () => {
    const pdf = await renderDigestPdf(letterFor('Sở Y tế', 30));
    const { text, pages } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(1);
    for (let i = 1; i <= 30; i += 1) expect(text).toContain(`BT-2026-${String(i).padStart(6, '0')}`);
    // The column titles repeat on every page the list continues on (the last may hold only the closing).
    const titles = text.split('Mã yêu cầu').length - 1;
    expect(titles).toBeGreaterThan(1);
    expect(titles).toBeLessThanOrEqual(pages);
    // Fonts are embedded as subsets: a 30-request letter stays small enough for any mailbox.
    expect(pdf.length).toBeLessThan(150_000);
  });
});
