import { PublicRequestInput } from '@tongdai/contracts';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { requestPayload, timelineText } from './timeline.js';

const at = '2026-05-04T01:00:00.000Z';

describe('timelineText', () => {
  it('names the topic, the agency and the original case when the API gave them', () => {
    expect(timelineText('vi', { at, kind: 'classified', topicName: 'Y tế' })).toBe('Đã phân loại: Y tế');
    expect(timelineText('vi', { at, kind: 'escalated', agencyName: 'Sở Y tế' })).toBe(
      'Đã chuyển Sở Y tế giải quyết',
    );
    expect(timelineText('en', { at, kind: 'merged', originalCode: 'TH-2026-000001' })).toBe(
      'The case was merged into case TH-2026-000001',
    );
  });

  it('falls back to a plain sentence without details', () => {
    expect(timelineText('vi', { at, kind: 'escalated' })).toBe('Đã chuyển cơ quan chức năng giải quyết');
    expect(timelineText('vi', { at, kind: 'received' })).toBe('Tổng đài đã tiếp nhận yêu cầu');
    expect(timelineText('en', { at, kind: 'answered' })).toBe('An answer is available');
  });
});

describe('requestPayload', () => {
  const base = {
    topicId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    content: 'Xin hỏi lịch tiêm vắc-xin cho trẻ',
    commune: 'Phường Điện Biên',
    phone: '0913 680 916',
    altcha: 'x',
  };

  it('turns the ticked box into consent, which the shared schema then requires', () => {
    expect(v.safeParse(PublicRequestInput, requestPayload({ ...base, consent: 'on' })).success).toBe(true);
    const refused = v.safeParse(PublicRequestInput, requestPayload(base));
    expect(refused.success).toBe(false);
    expect(refused.issues?.[0]?.message).toMatch(/đồng ý cho phép xử lý dữ liệu cá nhân/);
  });
});
