import { caseRefusal, statusRefusal } from './case-rules.js';
import {
  CASE_EVENT_TYPES,
  type CaseEffect,
  type CaseEvent,
  type CaseEventOf,
  type CaseEventType,
  type CaseSnapshot,
  type Refusal,
  type TransitionOptions,
  type TransitionResult,
} from './case-types.js';

/**
 * The case state machine. The API never writes a status: it loads the snapshot, calls `transition`,
 * saves the returned snapshot, appends the event to the case history and carries out the effects.
 * A `note` changes nothing, so being appended to that history is all it does.
 */
type Applied = { state: CaseSnapshot; effects?: CaseEffect[] };
type Handler<T extends CaseEventType> = (state: CaseSnapshot, event: CaseEventOf<T>, now: Date) => Applied;

// Clamped at zero so a clock that steps back cannot shrink the time already counted.
function endPause(state: CaseSnapshot, now: Date): CaseSnapshot {
  if (!state.pausedSince) return state;
  const waited = Math.max(0, (now.getTime() - state.pausedSince.getTime()) / 60_000);
  return { ...state, pausedMinutes: state.pausedMinutes + waited, pausedSince: null, resumeTo: null };
}

const HANDLERS: { [T in CaseEventType]: Handler<T> } = {
  classify: (s, e) => ({
    state: {
      ...s,
      status: 'classified',
      topicId: e.topicId,
      slaClassId: e.slaClassId,
      urgency: e.urgency ?? 'normal',
    },
  }),
  answer_from_faq: (s, e) => ({
    state: { ...s, status: 'answered', answer: { source: 'faq', faqId: e.faqId } },
  }),
  transfer_attempt: (s, e) => {
    const agencyId = e.agencyId;
    if (e.outcome !== 'answered') return { state: { ...s, status: 'transferring', agencyId } };
    return {
      state: { ...s, status: 'answered', agencyId, answer: { source: 'phone', agencyId, phone: e.phone } },
    };
  },
  escalate: (s, e) => {
    const { agencyId, dueAt, letterNumber } = e;
    const notify: CaseEffect = {
      type: 'notify_agency',
      reason: 'escalated',
      agencyId,
      dueAt,
      ...(letterNumber !== undefined && { letterNumber }),
    };
    return { state: { ...s, status: 'escalated', agencyId, dueAt }, effects: [notify] };
  },
  acknowledge: (s) => ({ state: { ...s, status: 'acknowledged' } }),
  agency_answer: (s, e) => ({
    state: { ...s, status: 'answered', answer: { source: 'agency', text: e.text } },
  }),
  relay: (s, e) => ({
    state: { ...s, status: 'relayed' },
    effects: s.answer ? [{ type: 'deliver_answer', channel: e.channel, answer: s.answer }] : [],
  }),
  request_info: (s, _e, now) => ({
    state: { ...s, status: 'waiting_citizen', resumeTo: s.status, pausedSince: now },
  }),
  citizen_replied: (s, _e, now) => {
    const resumed = endPause(s, now);
    return { state: { ...resumed, status: s.resumeTo ?? 'classified' } };
  },
  close: (s, _e, now) => ({ state: { ...s, status: 'closed', closedAt: now } }),
  // The citizen was not satisfied: classification stays, the handling starts over.
  reopen: (s) => ({
    state: { ...s, status: 'classified', agencyId: null, dueAt: null, answer: null, closedAt: null },
  }),
  merge: (s, e, now) => ({ state: { ...endPause(s, now), status: 'merged', mergedInto: e.originalId } }),
  note: (s) => ({ state: s }),
  extend_deadline: (s, e) => {
    const dueAt = e.approved ? e.newDueAt : s.dueAt;
    const reason = e.approved ? 'deadline_extended' : 'extension_refused';
    const effects: CaseEffect[] =
      s.agencyId && dueAt ? [{ type: 'notify_agency', reason, agencyId: s.agencyId, dueAt }] : [];
    return { state: { ...s, dueAt }, effects };
  },
  // Misrouted: back to 1022, classification and deadline kept, until it is escalated elsewhere.
  return_to_operator: (s) => ({ state: { ...s, status: 'classified', agencyId: null } }),
};

// Checks on the event's own data, once its type is allowed in this status.
function payloadRefusal(state: CaseSnapshot, event: CaseEvent, now: Date): Refusal | null {
  const context = { event: event.type, status: state.status };
  if (event.type === 'escalate' && !(event.dueAt.getTime() > now.getTime())) {
    return caseRefusal('deadline_in_past', context);
  }
  if (event.type === 'extend_deadline' && event.approved) {
    if (!(event.newDueAt.getTime() > now.getTime())) return caseRefusal('deadline_in_past', context);
    if (state.dueAt && !(event.newDueAt.getTime() > state.dueAt.getTime())) {
      return caseRefusal('deadline_in_past', { ...context, notAfterCurrentDue: true });
    }
  }
  return null;
}

export function transition(
  state: CaseSnapshot,
  event: CaseEvent,
  now: Date,
  options: TransitionOptions = {},
): TransitionResult {
  const refusal = statusRefusal(state, event.type, now, options) ?? payloadRefusal(state, event, now);
  if (refusal) return { ok: false, refusal };
  const handler = HANDLERS[event.type] as Handler<CaseEventType>;
  const { state: next, effects } = handler(state, event as CaseEventOf<CaseEventType>, now);
  return effects && effects.length > 0 ? { ok: true, state: next, effects } : { ok: true, state: next };
}

/** Event types the case accepts now, for the buttons the UI shows; payload checks come on submit. */
export function allowedEvents(
  state: CaseSnapshot,
  now?: Date,
  options: TransitionOptions = {},
): CaseEventType[] {
  return CASE_EVENT_TYPES.filter((type) => statusRefusal(state, type, now, options) === null);
}
