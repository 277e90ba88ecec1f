import { describe, expect, it } from 'vitest';
import { agencyAnswer, apply, classify, escalate, reach, refusal, relay, t0 } from './case-fixtures.js';
import { transition } from './case-state.js';

const back = { type: 'return_to_operator', reason: 'Không thuộc thẩm quyền của Sở Y tế' } as const;

describe('return_to_operator: an agency hands back a misrouted case', () => {
  it('puts an escalated case back in 1022’s hands, keeping classification and deadline', () => {
    const escalated = reach(classify, escalate);
    const result = transition(escalated, back, t0);
    expect(result).toEqual({ ok: true, state: { ...escalated, status: 'classified', agencyId: null } });
  });

  it('works after the agency acknowledged it too', () => {
    const acknowledged = reach(classify, escalate, { type: 'acknowledge', by: 'agency' });
    expect(apply(acknowledged, back)).toMatchObject({
      status: 'classified',
      agencyId: null,
      topicId: 'topic-3',
    });
  });

  it('lets 1022 escalate the returned case to another agency', () => {
    const returned = reach(classify, escalate, back);
    const again = apply(returned, { ...escalate, agencyId: 'so-lao-dong' });
    expect(again).toMatchObject({ status: 'escalated', agencyId: 'so-lao-dong' });
  });

  it('is refused once the agency has answered, and before any escalation', () => {
    expect(refusal(reach(classify, escalate, agencyAnswer), back)).toMatchObject({
      code: 'illegal_transition',
      message: 'Không thể trả hồ sơ về tổng đài khi hồ sơ đã có câu trả lời.',
    });
    expect(refusal(reach(classify), back)?.code).toBe('illegal_transition');
    expect(refusal(reach(classify, escalate, agencyAnswer, relay), back)?.code).toBe('illegal_transition');
  });
});
