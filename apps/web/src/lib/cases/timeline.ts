import type { CaseEventView } from '@tongdai/contracts';
import { formatDateTime, formatFileSize } from '$lib/format.js';
import type { Locale, MessageKey } from '$lib/i18n/index.js';

/** One line of the case timeline: what happened (a message and its values) and any longer text. */
export interface TimelineEntry {
  id: number;
  at: string;
  type: CaseEventView['type'];
  actor: string | null;
  internal: boolean;
  title: MessageKey;
  params: Record<string, string>;
  /** Free text the event carries (a note, the agency's answer, a reason), shown as a quote. */
  text: string | null;
  /** Transfer outcome, for the badge colour. */
  outcome: string | null;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const when = (v: unknown): string => {
  const s = str(v);
  const d = s ? new Date(s) : null;
  return d && !Number.isNaN(d.getTime()) ? formatDateTime(d) : '';
};

type Describe = (
  data: Record<string, unknown>,
  channelLabel: (channel: string) => string,
  locale: Locale,
) => {
  title: MessageKey;
  params?: Record<string, string>;
  text?: string;
};

const DESCRIBE: Record<CaseEventView['type'], Describe> = {
  received: (d) => ({ title: 'cases.event.received', params: { code: str(d.code) } }),
  classified: (d) => ({
    title: 'cases.event.classified',
    params: { topic: str(d.topicName), sla: str(d.slaClassName), due: when(d.dueAt) },
  }),
  assigned: (d) =>
    d.operatorName
      ? {
          title: d.claimed ? 'cases.event.claimed' : 'cases.event.assigned',
          params: { name: str(d.operatorName) },
        }
      : { title: 'cases.event.unassigned' },
  answered_from_faq: (d) => ({ title: 'cases.event.answeredFromFaq', text: str(d.question) }),
  transfer_attempt: (d) => ({
    title: 'cases.event.transferAttempt',
    params: { agency: str(d.agencyName), phone: str(d.phone) },
  }),
  escalated: (d) => ({
    title: d.letterNumber ? 'cases.event.escalatedLetter' : 'cases.event.escalated',
    params: { agency: str(d.agencyName), letter: str(d.letterNumber), due: when(d.dueAt) },
    text: str(d.note),
  }),
  acknowledged: () => ({ title: 'cases.event.acknowledged' }),
  agency_answered: (d) => ({ title: 'cases.event.agencyAnswered', text: str(d.text) }),
  relayed: (d, channelLabel) => ({
    title: 'cases.event.relayed',
    params: { channel: d.channel ? channelLabel(str(d.channel)) : '' },
  }),
  waiting_citizen: (d) => ({ title: 'cases.event.waitingCitizen', text: str(d.question) }),
  citizen_replied: (d) => ({ title: 'cases.event.citizenReplied', text: str(d.note) }),
  closed: (d) => ({ title: 'cases.event.closed', text: str(d.reason) }),
  reopened: (d) => ({ title: 'cases.event.reopened', text: str(d.reason) }),
  note: (d) => ({ title: 'cases.event.note', text: str(d.text) }),
  merged: (d) => ({ title: 'cases.event.merged', params: { code: str(d.originalCode) } }),
  duplicate_merged: (d) => ({ title: 'cases.event.duplicateMerged', params: { code: str(d.duplicateCode) } }),
  sla_at_risk: (d) => ({ title: 'cases.event.slaAtRisk', params: { due: when(d.dueAt) } }),
  sla_breached: (d) => ({ title: 'cases.event.slaBreached', params: { due: when(d.dueAt) } }),
  // The agency side (issue 6).
  extension_requested: (d) => ({
    title: 'agency.event.extensionRequested',
    params: { due: when(d.requestedDueAt) },
    text: str(d.reason),
  }),
  extension_approved: (d) => ({
    title: 'agency.event.extensionApproved',
    params: { due: when(d.grantedDueAt) },
    text: str(d.note),
  }),
  extension_refused: (d) => ({ title: 'agency.event.extensionRefused', text: str(d.note) }),
  returned: (d) => ({
    title: 'agency.event.returned',
    params: { agency: str(d.agencyName) },
    text: str(d.reason),
  }),
  published: (d) => ({
    title:
      d.publicQa && d.faq
        ? 'agency.event.publishedBoth'
        : d.faq
          ? 'agency.event.publishedFaq'
          : 'agency.event.publishedQa',
  }),
  feedback_received: (d) => ({
    title: d.reopened ? 'agency.event.feedbackReopen' : 'agency.event.feedback',
    params: { rating: str(d.rating) },
    text: str(d.comment),
  }),
  attachment_added: (d, _channelLabel, locale) => ({
    title: 'attachments.event.added',
    params: {
      name: str(d.fileName),
      size: typeof d.sizeBytes === 'number' ? formatFileSize(d.sizeBytes, locale) : '',
    },
  }),
  attachment_withdrawn: (d) => ({
    title: 'attachments.event.withdrawn',
    params: { name: str(d.fileName) },
    text: str(d.reason),
  }),
};

/** The timeline as the case page shows it: oldest first (the API's order, kept stable by id). */
export function timelineEntries(
  events: readonly CaseEventView[],
  channelLabel: (channel: string) => string = (c) => c,
  locale: Locale = 'vi',
): TimelineEntry[] {
  return [...events]
    .sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id)
    .map((e) => {
      const described = (DESCRIBE[e.type] ?? (() => ({ title: 'cases.event.other' })))(
        e.data,
        channelLabel,
        locale,
      );
      return {
        id: e.id,
        at: formatDateTime(e.at),
        type: e.type,
        actor: e.actorName,
        internal: e.internal,
        title: described.title,
        params: described.params ?? {},
        text: described.text || null,
        outcome: e.type === 'transfer_attempt' ? str(e.data.outcome) || null : null,
      };
    });
}
