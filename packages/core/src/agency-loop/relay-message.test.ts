import { describe, expect, it } from 'vitest';
import { answerMessage, mergeNoticeMessage } from './relay-message.js';

describe('relay messages', () => {
  it('writes the answer with the code and the feedback link', () => {
    const m = answerMessage({
      serviceName: 'Tổng đài 1022 tỉnh Hải Dương',
      code: 'HD-2026-000012',
      answer: 'Trạm y tế tiêm vào thứ Bảy.',
      feedbackUrl: 'http://haiduong.localhost/danh-gia/abc',
      feedbackWindowDays: 7,
    });
    expect(m.subject).toBe('Trả lời yêu cầu HD-2026-000012 – Tổng đài 1022 tỉnh Hải Dương');
    expect(m.text).toContain('yêu cầu mã HD-2026-000012');
    expect(m.text).toContain('Trạm y tế tiêm vào thứ Bảy.');
    expect(m.text).toContain('trong 7 ngày');
    expect(m.text).toContain('http://haiduong.localhost/danh-gia/abc');
  });

  it('leaves the link paragraph out when there is no link', () => {
    const m = answerMessage({
      serviceName: 'X',
      code: 'C',
      answer: 'A',
      feedbackUrl: null,
      feedbackWindowDays: 7,
    });
    expect(m.text).not.toContain('đánh giá');
  });

  it('tells the merged case’s citizen the original code', () => {
    const m = mergeNoticeMessage({
      serviceName: 'X',
      duplicateCode: 'HD-2026-000020',
      originalCode: 'HD-2026-000011',
    });
    expect(m.subject).toContain('HD-2026-000011');
    expect(m.text).toContain('tra cứu tình trạng xử lý bằng mã này');
  });
});
