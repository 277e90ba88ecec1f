import { transition } from './case-state.js';
import { newCaseSnapshot, type CaseEvent, type CaseEventOf, type CaseSnapshot } from './case-types.js';

/** Shared by the case-state tests: a Bình Thuận-like case from a call to a closed answer. */
export const at = (local: string) => new Date(`${local}+07:00`);
export const later = (instant: Date, minutes: number) => new Date(instant.getTime() + minutes * 60_000);
export const t0 = at('2026-05-04T08:00');

export const classify: CaseEventOf<'classify'> = {
  type: 'classify',
  topicId: 'topic-3',
  slaClassId: 'sla-3-days',
};
export const escalate: CaseEventOf<'escalate'> = {
  type: 'escalate',
  agencyId: 'so-y-te',
  dueAt: at('2026-05-07T17:00'),
};
export const agencyAnswer: CaseEventOf<'agency_answer'> = {
  type: 'agency_answer',
  text: 'Trạm y tế xã tiêm vào thứ Bảy.',
};
export const relay: CaseEventOf<'relay'> = { type: 'relay', channel: 'zalo' };
export const busy = (agencyId = 'ttyt-ham-thuan-bac'): CaseEventOf<'transfer_attempt'> => ({
  type: 'transfer_attempt',
  agencyId,
  phone: '+84916248283',
  outcome: 'busy',
});

export function apply(state: CaseSnapshot, event: CaseEvent, now = t0): CaseSnapshot {
  const result = transition(state, event, now);
  if (!result.ok) throw new Error(`${event.type} refused: ${result.refusal.message}`);
  return result.state;
}
export const reach = (...events: CaseEvent[]) =>
  events.reduce((state, event) => apply(state, event), newCaseSnapshot());
export const refusal = (state: CaseSnapshot, event: CaseEvent, now = t0) => {
  const result = transition(state, event, now);
  return result.ok ? null : result.refusal;
};
