import type { CaseStatus } from '../cases/case-types.js';

/**
 * What a citizen sees of a case on the public status page: a coarse status, and the timeline entries
 * that concern them. Internal notes, transfer attempts, SLA alerts, who acted and any personal data
 * never leave here: only the fields listed per kind are copied.
 */
export const PUBLIC_STATUSES = [
  'received',
  'in_progress',
  'waiting_citizen',
  'answered',
  'closed',
  'merged',
] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

/** Classifying is the hotline's own triage: for the citizen the request is still just received. */
export function publicStatusOf(status: CaseStatus): PublicStatus {
  switch (status) {
    case 'received':
    case 'classified':
      return 'received';
    case 'transferring':
    case 'escalated':
    case 'acknowledged':
      return 'in_progress';
    case 'waiting_citizen':
      return 'waiting_citizen';
    case 'answered':
    case 'relayed':
      return 'answered';
    case 'closed':
      return 'closed';
    case 'merged':
      return 'merged';
  }
}

/** The answer is shown once it exists and the case has not gone back to handling (a reopen clears it). */
export function answerIsPublic(status: CaseStatus): boolean {
  return status === 'answered' || status === 'relayed' || status === 'closed';
}

export const PUBLIC_TIMELINE_KINDS = [
  'received',
  'classified',
  'escalated',
  'acknowledged',
  'answered',
  'relayed',
  'waiting_citizen',
  'citizen_replied',
  'closed',
  'reopened',
  'merged',
] as const;
export type PublicTimelineKind = (typeof PUBLIC_TIMELINE_KINDS)[number];

export interface PublicTimelineEntry {
  at: Date;
  kind: PublicTimelineKind;
  /** Classified: the topic. */
  topicName?: string;
  /** Escalated, acknowledged, answered by an agency: the public body handling it. */
  agencyName?: string;
  /** Waiting for the citizen: what the operator asked them for. */
  question?: string;
  /** Merged: the case it continues in. */
  originalCode?: string;
}

/** A timeline row as stored: the type, its visibility and its free-form data. */
export interface StoredCaseEvent {
  at: Date;
  type: string;
  visibility: string;
  data: unknown;
}

const text = (data: Record<string, unknown>, key: string): string | undefined => {
  const value = data[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};

type Picker = (
  data: Record<string, unknown>,
  agencyName: (id: unknown) => string | undefined,
) => Partial<PublicTimelineEntry>;

const agencyOf: Picker = (d, agencyName) => {
  const name = text(d, 'agencyName') ?? agencyName(d['agencyId']);
  return name ? { agencyName: name } : {};
};

/** Stored event type → the public kind and the fields it may show. Anything not listed stays internal. */
const PICK: Record<string, { kind: PublicTimelineKind; pick?: Picker }> = {
  received: { kind: 'received' },
  classified: {
    kind: 'classified',
    pick: (d) => (text(d, 'topicName') ? { topicName: text(d, 'topicName')! } : {}),
  },
  escalated: { kind: 'escalated', pick: agencyOf },
  acknowledged: { kind: 'acknowledged', pick: agencyOf },
  answered_from_faq: { kind: 'answered' },
  agency_answered: { kind: 'answered', pick: agencyOf },
  relayed: { kind: 'relayed' },
  waiting_citizen: {
    kind: 'waiting_citizen',
    pick: (d) => (text(d, 'question') ? { question: text(d, 'question')! } : {}),
  },
  citizen_replied: { kind: 'citizen_replied' },
  closed: { kind: 'closed' },
  reopened: { kind: 'reopened' },
  merged: {
    kind: 'merged',
    pick: (d) => (text(d, 'originalCode') ? { originalCode: text(d, 'originalCode')! } : {}),
  },
};

/**
 * The citizen's timeline: public events only, of the kinds above, with only their whitelisted fields.
 * `agencyNames` resolves an agency id recorded in an event to its current name.
 */
export function publicTimeline(
  events: readonly StoredCaseEvent[],
  agencyNames: ReadonlyMap<string, string> = new Map(),
): PublicTimelineEntry[] {
  const agencyName = (id: unknown) => (typeof id === 'string' ? agencyNames.get(id) : undefined);
  const entries: PublicTimelineEntry[] = [];
  for (const event of events) {
    if (event.visibility !== 'public') continue;
    const rule = PICK[event.type];
    if (!rule) continue;
    const data =
      event.data && typeof event.data === 'object' && !Array.isArray(event.data)
        ? (event.data as Record<string, unknown>)
        : {};
    entries.push({ at: event.at, kind: rule.kind, ...rule.pick?.(data, agencyName) });
  }
  return entries;
}

/** Agency ids the timeline may need names for. */
export function agencyIdsIn(events: readonly StoredCaseEvent[]): string[] {
  const ids = new Set<string>();
  for (const e of events) {
    const id = (e.data as Record<string, unknown> | null)?.['agencyId'];
    if (typeof id === 'string') ids.add(id);
  }
  return [...ids];
}

/**
 * What the citizen typed to prove the case is theirs: an e-mail address (lower-cased) or a phone
 * number (left to the caller to normalise). Empty input is neither.
 */
export function contactKind(input: string): 'email' | 'phone' | null {
  const value = input.trim();
  if (value === '') return null;
  return value.includes('@') ? 'email' : 'phone';
}
