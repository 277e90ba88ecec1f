import type { CaseDetail, CaseListItem, ExtensionView } from '@tongdai/contracts';
import { AgencyAnswerInput, ExtensionRequestInput, ReturnCaseInput, VersionInput } from '@tongdai/contracts';
import { redact, renderFaqAnswer, toLocalMoment } from '@tongdai/core';
import { dueText } from '$lib/cases/display.js';
import { formatDateTime } from '$lib/format.js';
import { apiClient, unwrap, type ApiEvent } from '../api.js';
import { caseIdOf, type CaseEvent } from '../cases/act.js';
import { requirePermission, unwrapFor } from '../guards.js';
import { requireTenant } from '../tenant.js';
import { pageAction, versionOf } from './act.js';

const WAITING = 'escalated,acknowledged';

/**
 * Agency staff see the citizen's contact details masked; a number or address the citizen said in the
 * request itself is masked the same way here.
 */
const withoutContacts = (text: string) => redact(text).text;
const ANSWERED = 'answered,relayed,closed';

function row(c: CaseListItem) {
  return {
    id: c.id,
    code: c.code,
    status: c.status,
    receivedAt: formatDateTime(c.receivedAt),
    topicName: c.topicName,
    preview: withoutContacts(c.preview),
    due: dueText(c.dueAt),
    dueAt: c.dueAt,
    slaState: c.slaState,
  };
}
export type AgencyCaseRow = ReturnType<typeof row>;

export function extensionRow(e: ExtensionView) {
  return {
    id: e.id,
    caseId: e.caseId,
    caseCode: e.caseCode,
    agencyName: e.agencyName,
    status: e.status,
    reason: e.reason,
    requestedDue: formatDateTime(e.requestedDueAt),
    previousDue: dueText(e.previousDueAt),
    requestedAt: formatDateTime(e.requestedAt),
    requestedByName: e.requestedByName,
    decidedAt: dueText(e.decidedAt),
    decidedByName: e.decidedByName,
    decisionNote: e.decisionNote,
    grantedDue: dueText(e.grantedDueAt),
  };
}
export type ExtensionRow = ReturnType<typeof extensionRow>;

/** The agency's home: cases waiting for it (nearest deadline first), its requests, recent answers. */
export async function loadAgencyHome(event: ApiEvent) {
  const profile = requireTenant(event.locals);
  const user = requirePermission(event, 'cases.read_agency');
  const api = apiClient(event);
  const [waiting, answered, extensions, agencies] = await Promise.all([
    api.v1.cases.$get({ query: { status: WAITING, limit: '100' } }).then((r) => unwrapFor(event, r)),
    api.v1.cases.$get({ query: { status: ANSWERED, limit: '20' } }).then((r) => unwrapFor(event, r)),
    api.v1.extensions.$get({ query: {} }).then((r) => unwrapFor(event, r)),
    api.v1.agencies.$get().then(unwrap),
  ]);
  const byDue = (a: CaseListItem, b: CaseListItem) => (a.dueAt ?? '9').localeCompare(b.dueAt ?? '9');
  return {
    tenantName: profile.tenant.officialName,
    agencyName: agencies.agencies.find((a) => a.id === user.agencyId)?.name ?? null,
    hasAgency: user.agencyId !== null,
    waiting: [...waiting.cases].sort(byDue).map(row),
    answered: answered.cases.map(row),
    extensions: extensions.extensions.filter((e) => e.status === 'pending').map(extensionRow),
  };
}

/** `yyyy-mm-ddTHH:mm` on Vietnam's clock, for a datetime-local field. */
export function localInput(instant: Date): string {
  const m = toLocalMoment(instant, 'Asia/Ho_Chi_Minh');
  const minutes = Math.floor(m.minuteOfDay);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${m.date}T${hh}:${mm}`;
}

function caseView(c: CaseDetail) {
  return {
    id: c.id,
    code: c.code,
    version: c.version,
    status: c.status,
    channel: c.channel,
    receivedAt: formatDateTime(c.receivedAt),
    content: withoutContacts(c.content),
    topicName: c.topicName,
    agencyName: c.agencyName,
    due: dueText(c.dueAt),
    dueAt: c.dueAt,
    ackDue: dueText(c.ackDueAt),
    slaState: c.slaState,
    allowed: c.allowedActions,
    /** The agency's answer as safe HTML (Markdown rendered, then an allow-list), or null. */
    answerHtml: c.answer?.source === 'agency' ? renderFaqAnswer(c.answer.text).html : null,
    commune: c.citizen.commune,
  };
}
export type AgencyCaseView = ReturnType<typeof caseView>;

/** One case of the agency (the API answers 404 for any other), its timeline and extension requests. */
export async function loadAgencyCase(event: CaseEvent) {
  requireTenant(event.locals);
  requirePermission(event, 'cases.read_agency');
  const id = caseIdOf(event);
  const api = apiClient(event);
  const [detail, { events }, { extensions }] = await Promise.all([
    api.v1.cases[':id'].$get({ param: { id } }).then((r) => unwrapFor(event, r)),
    api.v1.cases[':id'].events.$get({ param: { id } }).then((r) => unwrapFor(event, r)),
    api.v1.cases[':id'].extensions.$get({ param: { id } }).then((r) => unwrapFor(event, r)),
  ]);
  const kase = caseView(detail.case);
  const base = kase.dueAt ? new Date(kase.dueAt) : new Date();
  return {
    case: kase,
    events,
    extensions: extensions.map(extensionRow),
    hasPendingExtension: extensions.some((e) => e.status === 'pending'),
    suggestedDue: localInput(new Date(base.getTime() + 2 * 86_400_000)),
  };
}

const AGENCY = ['cases.answer_agency' as const];
const ok = (done: string) => () => ({ done });

/** The agency's steps: acknowledge, answer, ask for more time, hand back a misrouted case. */
export const agencyCaseActions = {
  acknowledge: (event: CaseEvent) =>
    pageAction(event, {
      form: 'acknowledge',
      permissions: AGENCY,
      schema: VersionInput,
      build: (values) => ({ version: versionOf(values) }),
      send: (api, id, json) => api.v1.cases[':id'].acknowledge.$post({ param: { id }, json }),
      done: ok('acknowledge'),
    }),
  answer: (event: CaseEvent) =>
    pageAction(event, {
      form: 'answer',
      permissions: AGENCY,
      schema: AgencyAnswerInput,
      build: (values) => ({ version: versionOf(values), text: values.text ?? '' }),
      send: (api, id, json) => api.v1.cases[':id']['agency-answer'].$post({ param: { id }, json }),
      done: ok('answer'),
    }),
  extension: (event: CaseEvent) =>
    pageAction(event, {
      form: 'extension',
      permissions: AGENCY,
      schema: ExtensionRequestInput,
      build: (values) => ({ reason: values.reason ?? '', requestedDueAt: values.requestedDueAt ?? '' }),
      send: (api, id, json) =>
        api.v1.cases[':id'].extensions.$post({
          param: { id },
          json: { reason: json.reason, requestedDueAt: json.requestedDueAt.toISOString() },
        }),
      done: ok('extension'),
    }),
  return: (event: CaseEvent) =>
    pageAction(event, {
      form: 'return',
      permissions: AGENCY,
      schema: ReturnCaseInput,
      build: (values) => ({ version: versionOf(values), reason: values.reason ?? '' }),
      send: (api, id, json) => api.v1.cases[':id'].return.$post({ param: { id }, json }),
      done: ok('return'),
    }),
};
