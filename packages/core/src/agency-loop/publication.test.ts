import { describe, expect, it } from 'vitest';
import { describeLeaks, publicationDraft, publicationLeaks } from './publication.js';

const known = { names: ['Nguyễn Văn An'], addresses: ['Số 12 ngõ 5 Lê Lợi'], communes: ['phường Trần Phú'] };

describe('publication', () => {
  it('drafts both texts with the caller’s phone, e-mail and name replaced', () => {
    const draft = publicationDraft(
      'Tôi là Nguyễn Văn An, số 0913 680 916, hỏi lịch tiêm ở phường Trần Phú',
      'Anh An liên hệ an.nguyen@gmail.com để biết thêm.',
      known,
    );
    expect(draft.question.text).toBe('Tôi là [họ tên], số [số điện thoại], hỏi lịch tiêm ở phường [địa bàn]');
    expect(draft.answer.text).toContain('[email]');
    expect(draft.question.findings.map((f) => f.kind)).toEqual(['name', 'phone', 'commune']);
  });

  it('finds what blocks publishing, but not the commune', () => {
    expect(publicationLeaks('Gọi lại 0913680916 nhé', known).map((f) => f.kind)).toEqual(['phone']);
    expect(publicationLeaks('Hỏi lịch tiêm ở phường Trần Phú', known)).toEqual([]);
    expect(publicationLeaks('Trả lời: [số điện thoại] đã được xóa', known)).toEqual([]);
  });

  it('names the leaks for the reviewer', () => {
    const leaks = publicationLeaks('Gọi 0913 680 916 hoặc viết a.b@example.vn', known);
    expect(describeLeaks(leaks)).toBe(
      'Nội dung còn số điện thoại “0913 680 916”, địa chỉ email “a.b@example.vn”: hãy xóa trước khi công bố.',
    );
  });
});
