import type { RequestEvent } from '@sveltejs/kit';
import type { CaseDetail, CaseEventView } from '@tongdai/contracts';
import { formatPhoneVn, isUuid } from '@tongdai/core';
import { dueText } from '$lib/cases/display.js';
import { formatDateTime } from '$lib/format.js';
import { apiClient, settle, unwrap, type ApiClient } from '../api.js';
import { requirePermission, unwrapFor } from '../guards.js';
import { requireTenant } from '../tenant.js';
import { caseIdOf } from './act.js';

type PageEvent = Pick<
  RequestEvent,
  'url' | 'fetch' | 'locals' | 'request' | 'cookies' | 'getClientAddress' | 'params'
>;

/** Stored numbers are E.164; people read them the Vietnamese way. Masked ones stay as they are. */
const phoneShown = (phone: string | null) => (phone && phone.startsWith('+') ? formatPhoneVn(phone) : phone);

function caseView(c: CaseDetail) {
  const answer =
    c.answer?.source === 'phone' ? { ...c.answer, phone: phoneShown(c.answer.phone) ?? '' } : c.answer;
  return {
    id: c.id,
    code: c.code,
    version: c.version,
    status: c.status,
    channel: c.channel,
    receivedAt: formatDateTime(c.receivedAt),
    content: c.content,
    topicId: c.topicId,
    topicName: c.topicName,
    slaClassName: c.slaClassName,
    urgency: c.urgency,
    agencyId: c.agencyId,
    agencyName: c.agencyName,
    operatorId: c.operatorId,
    operatorName: c.operatorName,
    suggestedAgencyId: c.suggestedAgencyId,
    dueAt: c.dueAt,
    due: dueText(c.dueAt),
    ackDue: dueText(c.ackDueAt),
    slaState: c.slaState,
    pausedSince: dueText(c.pausedSince),
    answer,
    allowed: c.allowedActions,
    personalData: c.personalData,
    citizen: {
      ...c.citizen,
      phone: c.personalData === 'full' ? phoneShown(c.citizen.phone) : c.citizen.phone,
    },
  };
}

export type CaseView = ReturnType<typeof caseView>;

/** Numbers on the timeline (transfer attempts) read the Vietnamese way too. */
function timelineEvents(events: CaseEventView[]): CaseEventView[] {
  return events.map((e) =>
    typeof e.data.phone === 'string' ? { ...e, data: { ...e.data, phone: phoneShown(e.data.phone) } } : e,
  );
}

/** The failover list of the agency chosen in the transfer panel, or why there is none. */
async function transferPanel(api: ApiClient, caseId: string, agencyId: string) {
  const result = await settle(
    await api.v1.cases[':id'].transfers.next.$get({ param: { id: caseId }, query: { agencyId } }),
  );
  if (!result.ok) return { agencyId, error: result.error.message, panel: null };
  const next = result.data;
  return {
    agencyId,
    error: null,
    panel: {
      agencyName: next.agencyName,
      transferEnabled: next.transferEnabled,
      allCoolingDown: next.allCoolingDown,
      numbers: next.numbers.map((n) => ({
        hotlineId: n.hotlineId,
        phone: phoneShown(n.phone) ?? n.phone,
        // Stored from 0; people count from 1.
        position: n.position + 1,
        last: n.lastOutcome ? { outcome: n.lastOutcome.outcome, at: formatDateTime(n.lastOutcome.at) } : null,
      })),
    },
  };
}

/** The deadlines escalating now would set (the dialog shows them before confirming), or why there are none. */
async function escalationPreview(api: ApiClient, caseId: string) {
  const result = await settle(
    await api.v1.cases[':id']['escalation-preview'].$get({ param: { id: caseId }, query: {} }),
  );
  if (!result.ok) return { error: result.error.message, preview: null };
  const { slaClassName, ackDueAt, dueAt } = result.data;
  return {
    error: null,
    preview: { slaClassName, ackDue: formatDateTime(ackDueAt), due: formatDateTime(dueAt) },
  };
}

/**
 * The case page: the case (its citizen's details in full only for roles that need them; the API
 * audit-logs that read), the timeline, and for handlers the transfer panel of the chosen agency.
 */
export async function loadCasePage(event: PageEvent) {
  const profile = requireTenant(event.locals);
  const user = requirePermission(event, 'cases.read_all');
  const id = caseIdOf(event);
  const api = apiClient(event);
  const [detail, { events }, { agencies }] = await Promise.all([
    api.v1.cases[':id'].$get({ param: { id } }).then((res) => unwrapFor(event, res)),
    api.v1.cases[':id'].events.$get({ param: { id } }).then((res) => unwrapFor(event, res)),
    api.v1.agencies.$get().then(unwrap),
  ]);
  const kase = caseView(detail.case);
  const canHandle = (user.permissions as readonly string[]).includes('cases.handle');
  const asked = event.url.searchParams.get('agency');
  const transferAgencyId =
    (asked && isUuid(asked) ? asked.toLowerCase() : null) ?? kase.agencyId ?? kase.suggestedAgencyId;
  const [transfer, escalation] = await Promise.all([
    canHandle && kase.allowed.includes('transfer_attempt') && transferAgencyId
      ? transferPanel(api, id, transferAgencyId)
      : null,
    canHandle && kase.allowed.includes('escalate') ? escalationPreview(api, id) : null,
  ]);
  return {
    case: kase,
    events: timelineEvents(events),
    transfer,
    escalation,
    canHandle,
    meId: user.user.id,
    topics: profile.topics.map((topic) => ({ id: topic.id, code: topic.code, name: topic.name })),
    agencies: agencies.map((a) => ({
      value: a.id,
      label: a.name,
      transferEnabled: a.transferEnabled,
    })),
    done: event.url.searchParams.get('done'),
    faqRefused: event.url.searchParams.get('faqRefused') === '1',
  };
}
