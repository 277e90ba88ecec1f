import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../cases/case-types.js';
import {
  agencyIdsIn,
  answerIsPublic,
  contactKind,
  publicStatusOf,
  publicTimeline,
  type StoredCaseEvent,
} from './public-status.js';

const at = new Date('2026-05-04T08:00:00+07:00');
const event = (type: string, data: unknown, visibility = 'public'): StoredCaseEvent => ({
  at,
  type,
  visibility,
  data,
});

describe('publicStatusOf', () => {
  it('maps every case status to a coarse public one', () => {
    expect(CASE_STATUSES.map(publicStatusOf)).toEqual([
      'received',
      'received',
      'in_progress',
      'in_progress',
      'in_progress',
      'waiting_citizen',
      'answered',
      'answered',
      'closed',
      'merged',
    ]);
  });

  it('shows the answer only once answered, relayed or closed', () => {
    expect(CASE_STATUSES.filter(answerIsPublic)).toEqual(['answered', 'relayed', 'closed']);
  });
});

describe('publicTimeline', () => {
  it('drops internal events and kinds the citizen has no business with', () => {
    const entries = publicTimeline([
      event('received', { channel: 'portal', code: 'TH-2026-000001' }),
      event('note', { text: 'Người này gọi nhiều lần' }, 'internal'),
      event('transfer_attempt', { phone: '+84912345678' }, 'public'),
      event('sla_breached', {}, 'internal'),
      event('classified', { topicName: 'Y tế', suggestedAgencyId: 'x' }, 'internal'),
    ]);
    expect(entries).toEqual([{ at, kind: 'received' }]);
  });

  it('copies only whitelisted fields: no operators, notes, letter numbers or phone numbers', () => {
    const entries = publicTimeline(
      [
        event('classified', { topicId: 't', topicName: 'Y tế', slaClassId: 's', suggestedAgencyId: 'a' }),
        event('escalated', { agencyId: 'a1', agencyName: 'Sở Y tế', letterNumber: '12/CV', note: 'gấp' }),
        event('acknowledged', { agencyId: 'a1', role: 'agency_staff' }),
        event('agency_answered', { agencyId: 'a1', text: 'Trả lời' }),
        event('waiting_citizen', { question: 'Xin số CCCD?', resumeTo: 'escalated' }),
        event('closed', { reason: 'Đã gọi lại cho bà Nguyễn Thị B' }),
        event('merged', { originalId: 'o', originalCode: 'TH-2026-000009' }),
      ],
      new Map([['a1', 'Sở Y tế tỉnh']]),
    );
    expect(entries).toEqual([
      { at, kind: 'classified', topicName: 'Y tế' },
      { at, kind: 'escalated', agencyName: 'Sở Y tế' },
      { at, kind: 'acknowledged', agencyName: 'Sở Y tế tỉnh' },
      { at, kind: 'answered', agencyName: 'Sở Y tế tỉnh' },
      { at, kind: 'waiting_citizen', question: 'Xin số CCCD?' },
      { at, kind: 'closed' },
      { at, kind: 'merged', originalCode: 'TH-2026-000009' },
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/letterNumber|note|reason|role|suggested|text/);
  });

  it('survives odd data: arrays, nulls, non-string fields', () => {
    expect(
      publicTimeline([
        event('classified', null),
        event('escalated', ['x']),
        event('waiting_citizen', { question: 42 }),
      ]),
    ).toEqual([
      { at, kind: 'classified' },
      { at, kind: 'escalated' },
      { at, kind: 'waiting_citizen' },
    ]);
  });

  it('lists the agency ids it may need names for', () => {
    expect(
      agencyIdsIn([event('escalated', { agencyId: 'a' }), event('x', { agencyId: 'a' }), event('y', null)]),
    ).toEqual(['a']);
  });
});

describe('contactKind', () => {
  it('tells an e-mail address from a phone number', () => {
    expect(contactKind(' an@example.vn ')).toBe('email');
    expect(contactKind('0913 680 916')).toBe('phone');
    expect(contactKind('  ')).toBeNull();
  });
});
