import { caseRefusalMessage, type CaseRefusalContext } from './case-messages.js';
import {
  isTerminal,
  type CaseEventType,
  type CaseSnapshot,
  type CaseStatus,
  type Refusal,
  type RefusalCode,
  type TransitionOptions,
} from './case-types.js';

/**
 * Which event may happen in which status. `transition` and `allowedEvents` both read this table and
 * `statusRefusal`, so the buttons the UI shows and the events the API accepts cannot drift apart.
 */
export const ALLOWED_FROM: Record<CaseEventType, readonly CaseStatus[]> = {
  classify: ['received', 'classified'],
  answer_from_faq: ['classified', 'transferring'],
  transfer_attempt: ['classified', 'transferring'],
  // Re-escalating sends the case to another agency, e.g. when the first says it is not competent.
  escalate: ['classified', 'transferring', 'escalated', 'acknowledged'],
  acknowledge: ['escalated'],
  agency_answer: ['escalated', 'acknowledged'],
  relay: ['answered', 'relayed'],
  request_info: ['classified', 'escalated', 'acknowledged'],
  citizen_replied: ['waiting_citizen'],
  close: ['relayed'],
  reopen: ['closed'],
  merge: ['received', 'classified', 'transferring', 'escalated', 'acknowledged', 'waiting_citizen'],
  note: [
    'received',
    'classified',
    'transferring',
    'escalated',
    'acknowledged',
    'waiting_citizen',
    'answered',
    'relayed',
    'closed',
  ],
  extend_deadline: ['escalated', 'acknowledged'],
  return_to_operator: ['escalated', 'acknowledged'],
};

/** Events that only make sense once topic and SLA class are known. */
const NEEDS_CLASSIFICATION: ReadonlySet<CaseEventType> = new Set([
  'answer_from_faq',
  'transfer_attempt',
  'escalate',
  'request_info',
]);

export const DEFAULT_REOPEN_WINDOW_DAYS = 7;
const DAY_MS = 24 * 60 * 60_000;

export function caseRefusal(code: RefusalCode, context: CaseRefusalContext): Refusal {
  return { code, message: caseRefusalMessage(code, context), event: context.event, status: context.status };
}

function reopenWindowPassed(state: CaseSnapshot, now: Date, windowDays: number): boolean {
  if (!state.closedAt) return true;
  return now.getTime() - state.closedAt.getTime() > windowDays * DAY_MS;
}

/**
 * Why `event` cannot happen to a case in this state, whatever its payload; null when it can.
 * Without `now` the reopen window is not checked (the UI may not have a trusted clock).
 */
export function statusRefusal(
  state: CaseSnapshot,
  event: CaseEventType,
  now?: Date,
  options: TransitionOptions = {},
): Refusal | null {
  const { status } = state;
  const context = { event, status };
  if (isTerminal(status)) return caseRefusal('already_terminal', context);
  const classified = state.topicId !== null && state.slaClassId !== null;
  if (NEEDS_CLASSIFICATION.has(event) && (status === 'received' || !classified)) {
    return caseRefusal('missing_classification', context);
  }
  if (event === 'relay' && state.answer === null && status !== 'closed') {
    return caseRefusal('no_answer_to_relay', context);
  }
  if (!ALLOWED_FROM[event].includes(status)) return caseRefusal('illegal_transition', context);
  const reopenWindowDays = options.reopenWindowDays ?? DEFAULT_REOPEN_WINDOW_DAYS;
  if (event === 'reopen' && now && reopenWindowPassed(state, now, reopenWindowDays)) {
    return caseRefusal('reopen_window_passed', { ...context, reopenWindowDays });
  }
  return null;
}
