import type {
  CaseDetail,
  CaseEventKind,
  CaseEventView,
  CaseListItem,
  CaseStateView,
  CitizenView,
} from '@tongdai/contracts';
import {
  allowedEvents,
  maskCitizen,
  maskName,
  maskPhone,
  redact,
  type CaseAnswer,
  type CaseSnapshot,
} from '@tongdai/core';
import type { queries } from '@tongdai/db';

type CaseRow = queries.CaseRow;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function snapshotOf(row: CaseRow): CaseSnapshot {
  return {
    status: row.status,
    topicId: row.topicId,
    slaClassId: row.slaClassId,
    urgency: row.urgency,
    agencyId: row.agencyId,
    dueAt: row.dueAt,
    answer: (row.answer as CaseAnswer | null) ?? null,
    closedAt: row.closedAt,
    resumeTo: row.resumeTo,
    pausedSince: row.pausedSince,
    pausedMinutes: row.pausedMinutes,
    mergedInto: row.mergedInto,
  };
}

/** The columns a new snapshot writes back; status only ever comes from here. */
export function columnsOf(s: CaseSnapshot) {
  return {
    status: s.status,
    topicId: s.topicId,
    slaClassId: s.slaClassId,
    urgency: s.urgency,
    agencyId: s.agencyId,
    dueAt: s.dueAt,
    answer: s.answer,
    closedAt: s.closedAt,
    resumeTo: s.resumeTo,
    pausedSince: s.pausedSince,
    pausedMinutes: Math.round(s.pausedMinutes),
    mergedInto: s.mergedInto,
  };
}

export function stateView(row: CaseRow, now: Date): CaseStateView {
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    status: row.status,
    topicId: row.topicId,
    slaClassId: row.slaClassId,
    urgency: row.urgency,
    agencyId: row.agencyId,
    operatorId: row.operatorId,
    ackDueAt: iso(row.ackDueAt),
    dueAt: iso(row.dueAt),
    atRiskAt: iso(row.atRiskAt),
    slaState: row.slaState,
    answer: (row.answer as CaseAnswer | null) ?? null,
    pausedSince: iso(row.pausedSince),
    closedAt: iso(row.closedAt),
    mergedInto: row.mergedInto,
    updatedAt: row.updatedAt.toISOString(),
    allowedActions: allowedEvents(snapshotOf(row), now),
  };
}

export function citizenOf(row: CaseRow): CitizenView {
  return {
    name: row.citizenName,
    phone: row.citizenPhone,
    email: row.citizenEmail,
    address: row.citizenAddress,
    commune: row.commune,
  };
}

export function detailView(
  found: NonNullable<Awaited<ReturnType<typeof queries.findCaseDetail>>>,
  now: Date,
  full: boolean,
): CaseDetail {
  const { row } = found;
  const citizen = citizenOf(row);
  return {
    ...stateView(row, now),
    channel: row.channel,
    receivedAt: row.receivedAt.toISOString(),
    // Whoever sees the contact details masked sees the request text without them as well.
    content: full
      ? row.content
      : redact(row.content, { names: [row.citizenName], addresses: [row.citizenAddress] }).text,
    topicName: found.topicName,
    slaClassName: found.slaClassName,
    agencyName: found.agencyName,
    operatorName: found.operatorName,
    suggestedAgencyId: found.suggestedAgencyId,
    personalData: full ? 'full' : 'masked',
    citizen: full ? citizen : maskCitizen(citizen),
  };
}

export function listItemView(row: queries.CaseListRow): CaseListItem {
  return {
    ...row,
    // Lists mask contact details for everyone, in the text too.
    preview: redact(row.preview, { names: [row.citizenName] }).text,
    receivedAt: row.receivedAt.toISOString(),
    dueAt: iso(row.dueAt),
    citizenPhone: row.citizenPhone ? maskPhone(row.citizenPhone) : null,
    citizenName: row.citizenName ? maskName(row.citizenName) : null,
  };
}

export function eventView(row: {
  id: number;
  at: Date;
  type: string;
  actorUserId: string | null;
  actorName?: string | null;
  visibility: string;
  data: unknown;
}): CaseEventView {
  return {
    id: row.id,
    at: row.at.toISOString(),
    type: row.type as CaseEventKind,
    actorUserId: row.actorUserId,
    actorName: row.actorName ?? null,
    internal: row.visibility !== 'public',
    data: (row.data as Record<string, unknown>) ?? {},
  };
}
