import type { CaseListItem } from '@tongdai/contracts';
import { formatDateTime } from '$lib/format.js';
import type { MessageKey } from '$lib/i18n/index.js';

/** How the inbox and the queues show a case: times in dd/mm/yyyy HH:mm (Vietnam), phone already masked. */
export interface CaseRow {
  id: string;
  code: string;
  channel: CaseListItem['channel'];
  status: CaseListItem['status'];
  urgent: boolean;
  slaState: CaseListItem['slaState'];
  receivedAt: string;
  /** The deadline as shown, or null before classification. */
  due: string | null;
  /** The deadline as an ISO instant, for the time left. */
  dueAt: string | null;
  topicName: string | null;
  agencyName: string | null;
  operatorId: string | null;
  operatorName: string | null;
  preview: string;
  phone: string | null;
  citizenName: string | null;
}

export function caseRow(item: CaseListItem): CaseRow {
  return {
    id: item.id,
    code: item.code,
    channel: item.channel,
    status: item.status,
    urgent: item.urgency === 'urgent',
    slaState: item.slaState,
    receivedAt: formatDateTime(item.receivedAt),
    due: item.dueAt ? formatDateTime(item.dueAt) : null,
    dueAt: item.dueAt,
    topicName: item.topicName,
    agencyName: item.agencyName,
    operatorId: item.operatorId,
    operatorName: item.operatorName,
    preview: item.preview,
    phone: item.citizenPhone,
    citizenName: item.citizenName,
  };
}

/** `dd/mm/yyyy HH:mm` in Vietnam's time zone, or null for a missing or unreadable instant. */
export function dueText(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : formatDateTime(d);
}

export type Tone = 'ok' | 'warn' | 'bad' | 'idle';

/** Colour of an SLA state; closed or answered cases no longer run against the clock. */
export function slaTone(state: CaseListItem['slaState'], status?: CaseListItem['status']): Tone {
  if (status && ['answered', 'relayed', 'closed', 'merged'].includes(status)) return 'idle';
  return state === 'breached' ? 'bad' : state === 'at_risk' ? 'warn' : 'ok';
}

export interface TimeLeft {
  key: MessageKey;
  params: Record<string, number>;
}

/**
 * "còn 2 giờ 5 phút" / "quá hạn 1 ngày 3 giờ": the time to a deadline in clock time, the largest
 * two units only (a glance, not a computation; the deadline itself is shown beside it).
 */
export function timeLeft(dueAt: string | null, now: Date): TimeLeft | null {
  if (!dueAt) return null;
  const due = new Date(dueAt).getTime();
  if (Number.isNaN(due)) return null;
  const diff = due - now.getTime();
  const overdue = diff < 0;
  const minutes = Math.floor(Math.abs(diff) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const prefix = overdue ? 'cases.overdue' : 'cases.left';
  if (days > 0) return { key: `${prefix}.days`, params: { days, hours } };
  if (hours > 0) return { key: `${prefix}.hours`, params: { hours, minutes: mins } };
  return { key: `${prefix}.minutes`, params: { minutes: mins } };
}
