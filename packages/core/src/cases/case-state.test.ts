import { describe, expect, it } from 'vitest';
import {
  agencyAnswer,
  apply,
  at,
  busy,
  classify,
  escalate,
  later,
  reach,
  relay,
  t0,
} from './case-fixtures.js';
import { transition } from './case-state.js';
import { newCaseSnapshot, type CaseEvent } from './case-types.js';

describe('transition: the way through', () => {
  it('classifies a received case, normal urgency unless told', () => {
    expect(reach(classify)).toMatchObject({ status: 'classified', topicId: 'topic-3', urgency: 'normal' });
    expect(reach({ ...classify, urgency: 'urgent' }).urgency).toBe('urgent');
  });

  it('lets the operator correct the classification before handling starts', () => {
    const fixed = apply(reach(classify), { type: 'classify', topicId: 'topic-4', slaClassId: 'sla-1-day' });
    expect(fixed).toMatchObject({ status: 'classified', topicId: 'topic-4', slaClassId: 'sla-1-day' });
  });

  it('answers from the FAQ at once', () => {
    const answered = reach(classify, { type: 'answer_from_faq', faqId: 'faq-12' });
    expect(answered).toMatchObject({ status: 'answered', answer: { source: 'faq', faqId: 'faq-12' } });
  });

  it('keeps a call transferring on busy, no answer or failure, following the agency tried', () => {
    const first = reach(classify, busy());
    expect(first).toMatchObject({ status: 'transferring', agencyId: 'ttyt-ham-thuan-bac' });
    const noAnswer = apply(first, { ...busy(), outcome: 'no_answer' });
    const failed = apply(noAnswer, { ...busy('so-lao-dong'), outcome: 'failed' });
    expect(failed).toMatchObject({ status: 'transferring', agencyId: 'so-lao-dong' });
  });

  it('marks the case answered when an agency picks up, first try or later', () => {
    const pickedUp: CaseEvent = { ...busy(), outcome: 'answered' };
    const phoneAnswer = { source: 'phone', agencyId: 'ttyt-ham-thuan-bac', phone: '+84916248283' };
    expect(reach(classify, pickedUp)).toMatchObject({ status: 'answered', answer: phoneAnswer });
    expect(reach(classify, busy(), pickedUp)).toMatchObject({ status: 'answered', answer: phoneAnswer });
  });

  it('falls back to the FAQ or to writing when no transfer gets through', () => {
    const transferring = reach(classify, busy());
    expect(apply(transferring, { type: 'answer_from_faq', faqId: 'faq-1' }).status).toBe('answered');
    expect(apply(transferring, escalate)).toMatchObject({ status: 'escalated', agencyId: 'so-y-te' });
  });

  it('escalates in writing with a deadline and asks the caller to notify the agency', () => {
    const result = transition(reach(classify), { ...escalate, letterNumber: '123/STTTT' }, t0);
    expect(result).toEqual({
      ok: true,
      state: { ...reach(classify), status: 'escalated', agencyId: 'so-y-te', dueAt: at('2026-05-07T17:00') },
      effects: [
        {
          type: 'notify_agency',
          reason: 'escalated',
          agencyId: 'so-y-te',
          dueAt: at('2026-05-07T17:00'),
          letterNumber: '123/STTTT',
        },
      ],
    });
    const plain = transition(reach(classify), escalate, t0);
    expect(plain.ok && plain.effects?.[0]).not.toHaveProperty('letterNumber');
  });

  it('records the agency’s acknowledgement, then its answer', () => {
    const acknowledged = reach(classify, escalate, { type: 'acknowledge', by: 'agency' });
    expect(acknowledged.status).toBe('acknowledged');
    const answered = apply(acknowledged, agencyAnswer);
    expect(answered).toMatchObject({
      status: 'answered',
      answer: { source: 'agency', text: agencyAnswer.text },
    });
    expect(apply(reach(classify, escalate), agencyAnswer).status).toBe('answered');
  });

  it('re-escalates to another agency, e.g. when the first is not competent', () => {
    const acknowledged = reach(classify, escalate, { type: 'acknowledge', by: 'agency' });
    const moved = apply(acknowledged, { ...escalate, agencyId: 'ubnd-phan-thiet' });
    expect(moved).toMatchObject({ status: 'escalated', agencyId: 'ubnd-phan-thiet' });
  });

  it('relays the answer on the citizen’s channel, and again on another', () => {
    const answered = reach(classify, escalate, agencyAnswer);
    const result = transition(answered, relay, t0);
    expect(result).toEqual({
      ok: true,
      state: { ...answered, status: 'relayed' },
      effects: [{ type: 'deliver_answer', channel: 'zalo', answer: answered.answer }],
    });
    expect(apply(apply(answered, relay), { type: 'relay', channel: 'email' }).status).toBe('relayed');
  });

  it('closes a relayed case and remembers when', () => {
    const closedAt = at('2026-05-05T10:00');
    const closed = apply(reach(classify, escalate, agencyAnswer, relay), { type: 'close' }, closedAt);
    expect(closed).toMatchObject({ status: 'closed', closedAt });
  });

  it('never mutates the snapshot it is given', () => {
    const state = Object.freeze(reach(classify));
    expect(() => transition(state, escalate, t0)).not.toThrow();
    expect(state.status).toBe('classified');
  });
});

describe('transition: waiting for the citizen', () => {
  it('pauses the clock and returns to where it was, from each status that allows it', () => {
    for (const state of [
      reach(classify),
      reach(classify, escalate),
      reach(classify, escalate, { type: 'acknowledge', by: 'agency' }),
    ]) {
      const waiting = apply(state, { type: 'request_info' });
      expect(waiting).toMatchObject({ status: 'waiting_citizen', resumeTo: state.status, pausedSince: t0 });
      const back = apply(waiting, { type: 'citizen_replied' }, later(t0, 45));
      expect(back).toEqual({ ...state, pausedMinutes: 45 });
    }
  });

  it('accumulates clock minutes over several pauses, keeping the deadline as it was', () => {
    let state = reach(classify, escalate, { type: 'request_info' });
    state = apply(state, { type: 'citizen_replied' }, later(t0, 90));
    state = apply(state, { type: 'request_info' }, later(t0, 120));
    state = apply(state, { type: 'citizen_replied' }, later(t0, 150));
    expect(state).toMatchObject({ status: 'escalated', pausedMinutes: 120, dueAt: escalate.dueAt });
  });

  it('never counts negative time when the clock steps back', () => {
    const waiting = reach(classify, { type: 'request_info' });
    expect(apply(waiting, { type: 'citizen_replied' }, later(t0, -5)).pausedMinutes).toBe(0);
  });
});

describe('transition: reopening, merging, notes, extensions', () => {
  const closedAt = at('2026-05-05T10:00');
  const closed = apply(reach(classify, escalate, agencyAnswer, relay), { type: 'close' }, closedAt);
  const reopen: CaseEvent = { type: 'reopen', reason: 'Công dân chưa đồng ý với câu trả lời.' };

  it('reopens within 7 days, keeping the classification and starting the handling over', () => {
    const reopened = apply(closed, reopen, later(closedAt, 7 * 24 * 60));
    expect(reopened).toEqual({
      ...closed,
      status: 'classified',
      agencyId: null,
      dueAt: null,
      answer: null,
      closedAt: null,
    });
  });

  it('merges a duplicate into the original, ending a pause', () => {
    const waiting = reach(classify, { type: 'request_info' });
    const merged = apply(waiting, { type: 'merge', originalId: 'case-1' }, later(t0, 30));
    expect(merged).toMatchObject({
      status: 'merged',
      mergedInto: 'case-1',
      pausedMinutes: 30,
      pausedSince: null,
    });
    expect(apply(newCaseSnapshot(), { type: 'merge', originalId: 'case-1' }).status).toBe('merged');
  });

  it('accepts a note in every status but merged, changing nothing', () => {
    const note: CaseEvent = { type: 'note', text: 'Công dân gọi lại hỏi tiến độ.' };
    for (const state of [
      newCaseSnapshot(),
      reach(classify, busy()),
      reach(classify, { type: 'request_info' }),
      closed,
    ]) {
      expect(transition(state, note, t0)).toEqual({ ok: true, state });
    }
  });

  it('moves the deadline only when the extension is approved, telling the agency either way', () => {
    const escalated = reach(classify, escalate);
    const newDueAt = at('2026-05-12T17:00');
    expect(transition(escalated, { type: 'extend_deadline', newDueAt, approved: true }, t0)).toEqual({
      ok: true,
      state: { ...escalated, dueAt: newDueAt },
      effects: [{ type: 'notify_agency', reason: 'deadline_extended', agencyId: 'so-y-te', dueAt: newDueAt }],
    });
    expect(transition(escalated, { type: 'extend_deadline', newDueAt, approved: false }, t0)).toEqual({
      ok: true,
      state: escalated,
      effects: [
        { type: 'notify_agency', reason: 'extension_refused', agencyId: 'so-y-te', dueAt: escalate.dueAt },
      ],
    });
  });
});
