/**
 * The vocabulary of a citizen's case: statuses, the events that move it, the snapshot the state machine
 * reads and returns, and the typed refusals the API turns into 409/400 answers.
 */
export const CASE_STATUSES = [
  'received',
  'classified',
  'transferring',
  'escalated',
  'acknowledged',
  'waiting_citizen',
  'answered',
  'relayed',
  'closed',
  'merged',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Only a merged case is final; a closed one may still be reopened within the window. */
export function isTerminal(status: CaseStatus): boolean {
  return status === 'merged';
}

export const CASE_EVENT_TYPES = [
  'classify',
  'answer_from_faq',
  'transfer_attempt',
  'escalate',
  'acknowledge',
  'agency_answer',
  'relay',
  'request_info',
  'citizen_replied',
  'close',
  'reopen',
  'merge',
  'note',
  'extend_deadline',
  'return_to_operator',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

export type CaseUrgency = 'normal' | 'urgent';
/** Mirrors the channel kinds a province configures (hotline, portal, e-mail, Zalo OA, Facebook page). */
export const CASE_CHANNELS = ['hotline', 'portal', 'email', 'zalo', 'facebook'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];
export type TransferOutcome = 'busy' | 'no_answer' | 'failed' | 'answered';

export type CaseEvent =
  | { type: 'classify'; topicId: string; slaClassId: string; urgency?: CaseUrgency }
  | { type: 'answer_from_faq'; faqId: string }
  | { type: 'transfer_attempt'; agencyId: string; phone: string; outcome: TransferOutcome }
  | { type: 'escalate'; agencyId: string; dueAt: Date; letterNumber?: string }
  | { type: 'acknowledge'; by: 'agency' }
  | { type: 'agency_answer'; text: string }
  | { type: 'relay'; channel: CaseChannel }
  | { type: 'request_info' }
  | { type: 'citizen_replied' }
  | { type: 'close'; reason?: string }
  | { type: 'reopen'; reason: string }
  | { type: 'merge'; originalId: string }
  | { type: 'note'; text: string }
  | { type: 'extend_deadline'; newDueAt: Date; approved: boolean }
  /** The agency says the case is not theirs: it goes back to 1022 to be routed again. */
  | { type: 'return_to_operator'; reason: string };

export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/** Where the answer came from: the FAQ, an agency in writing, or an agency on a transferred call. */
export type CaseAnswer =
  | { source: 'faq'; faqId: string }
  | { source: 'agency'; text: string }
  | { source: 'phone'; agencyId: string; phone: string };

export interface CaseSnapshot {
  status: CaseStatus;
  topicId: string | null;
  slaClassId: string | null;
  urgency: CaseUrgency | null;
  /** The agency currently handling the case (last transferred to or escalated to). */
  agencyId: string | null;
  dueAt: Date | null;
  answer: CaseAnswer | null;
  closedAt: Date | null;
  /** While waiting for the citizen: the status to return to when they reply. */
  resumeTo: CaseStatus | null;
  pausedSince: Date | null;
  /** Clock minutes spent waiting for the citizen, over the case's whole life. */
  pausedMinutes: number;
  mergedInto: string | null;
}

/** Side effects the caller should carry out after saving the new snapshot. */
export type CaseEffect =
  | {
      type: 'notify_agency';
      reason: 'escalated' | 'deadline_extended' | 'extension_refused';
      agencyId: string;
      dueAt: Date;
      letterNumber?: string;
    }
  | { type: 'deliver_answer'; channel: CaseChannel; answer: CaseAnswer };

export const REFUSAL_CODES = [
  'illegal_transition',
  'missing_classification',
  'reopen_window_passed',
  'no_answer_to_relay',
  'deadline_in_past',
  'already_terminal',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface Refusal {
  code: RefusalCode;
  /** Vietnamese, for the person who pressed the button. */
  message: string;
  event: CaseEventType;
  status: CaseStatus;
}

export type TransitionResult =
  { ok: true; state: CaseSnapshot; effects?: CaseEffect[] } | { ok: false; refusal: Refusal };

export interface TransitionOptions {
  /** Days after closing during which a citizen's complaint may reopen the case. */
  reopenWindowDays?: number;
}

export function newCaseSnapshot(): CaseSnapshot {
  return {
    status: 'received',
    topicId: null,
    slaClassId: null,
    urgency: null,
    agencyId: null,
    dueAt: null,
    answer: null,
    closedAt: null,
    resumeTo: null,
    pausedSince: null,
    pausedMinutes: 0,
    mergedInto: null,
  };
}
