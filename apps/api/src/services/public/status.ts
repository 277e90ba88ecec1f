import type { PublicAnswerView, PublicCaseStatus, PublicStatusLookupInput } from '@tongdai/contracts';
import {
  agencyIdsIn,
  answerIsPublic,
  publicStatusOf,
  publicTimeline,
  toLocalMoment,
  type CaseAnswer,
} from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { keysOf } from './keys.js';
import { readStatusToken, signStatusToken } from './status-link.js';

/** One answer for a wrong code and a wrong phone alike, so the form tells nothing about either. */
export const STATUS_NOT_FOUND =
  'Không tìm thấy hồ sơ với mã và số điện thoại (hoặc e-mail) đã nhập. Vui lòng kiểm tra lại.';
export const LINK_NOT_FOUND = 'Đường dẫn tra cứu không đúng hoặc không thuộc tổng đài này.';

async function answerView(
  tx: Tx,
  tenantId: string,
  answer: CaseAnswer,
  agencyNames: Map<string, string>,
  today: string,
): Promise<PublicAnswerView> {
  switch (answer.source) {
    case 'agency':
      return { source: 'agency', text: answer.text, agencyName: null };
    case 'phone':
      return { source: 'phone', agencyName: agencyNames.get(answer.agencyId) ?? null };
    case 'faq': {
      const faq = await queries.findPublicFaq(tx, tenantId, answer.faqId, today);
      return faq
        ? { source: 'faq', faqId: faq.id, question: faq.question, answerHtml: faq.answerHtml }
        : { source: 'faq_private' };
    }
  }
}

/** The status page of a case row: status, public timeline, and the answer once there is one. */
async function statusView(
  c: Context<AppEnv>,
  tx: Tx,
  tenantId: string,
  row: queries.PublicCaseRow,
): Promise<PublicCaseStatus> {
  const tenant = c.get('tenant');
  const events = await queries.listPublicCaseEvents(tx, tenantId, row.id);
  const answer = answerIsPublic(row.status) ? ((row.answer as CaseAnswer | null) ?? null) : null;
  const ids = [...agencyIdsIn(events), ...(answer?.source === 'phone' ? [answer.agencyId] : [])];
  if (row.agencyId) ids.push(row.agencyId);
  const names = await queries.agencyNamesById(tx, tenantId, [...new Set(ids)]);
  const today = toLocalMoment(c.get('deps').now(), tenant.timeZone).date;
  const view = answer ? await answerView(tx, tenantId, answer, names, today) : null;
  if (view?.source === 'agency' && row.agencyId) view.agencyName = names.get(row.agencyId) ?? null;
  const status = publicStatusOf(row.status);
  // The files themselves are personal data for staff only: the citizen sees how many they sent.
  const citizenFiles = await queries.countCaseAttachments(tx, tenantId, row.id, 'citizen');
  return {
    code: row.code,
    receivedAt: row.receivedAt.toISOString(),
    status,
    topicName: row.topicName,
    dueAt: status === 'in_progress' || status === 'received' ? (row.dueAt?.toISOString() ?? null) : null,
    timeline: publicTimeline(events, names).map((e) => ({ ...e, at: e.at.toISOString() })),
    answer: view,
    statusToken: signStatusToken(keysOf(c).statusLink, tenantId, row.id),
    citizenFileCount: citizenFiles,
  };
}

export function lookupCaseStatus(
  c: Context<AppEnv>,
  input: PublicStatusLookupInput,
): Promise<PublicCaseStatus> {
  c.set('auth', null);
  return inTenant(c, async (tx, tenantId) => {
    const row = await queries.findCaseByCodeAndContact(tx, tenantId, input.code, input.contact);
    if (!row) throw new ApiError('NOT_FOUND', STATUS_NOT_FOUND);
    return statusView(c, tx, tenantId, row);
  });
}

export function caseStatusByToken(c: Context<AppEnv>, token: string): Promise<PublicCaseStatus> {
  c.set('auth', null);
  const tenantId = c.get('tenant').id;
  const caseId = readStatusToken(keysOf(c).statusLink, tenantId, token);
  if (!caseId) return Promise.reject(new ApiError('NOT_FOUND', LINK_NOT_FOUND));
  return inTenant(c, async (tx) => {
    const row = await queries.findPublicCaseById(tx, tenantId, caseId);
    if (!row) throw new ApiError('NOT_FOUND', LINK_NOT_FOUND);
    return statusView(c, tx, tenantId, row);
  });
}
