import type {
  CaseDetail,
  CaseListOutput,
  CaseListQuery,
  CaseQueueQuery,
  CaseEventView,
} from '@tongdai/contracts';
import {
  can,
  encodeCaseCursor,
  formatCaseCode,
  hasPersonalData,
  OPEN_CASE_STATUSES,
  parseCaseCode,
} from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { ApiError, notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';
import { citizenOf, detailView, eventView, listItemView } from './serialize.js';

// Agency staff without an agency see nothing; this id matches no agency.
const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

/** Agency staff are limited to their agency by the database; the filter repeats it so the index serves it. */
function agencyScope(auth: AuthState): string | undefined {
  return auth.role === 'agency_staff' ? (auth.agencyId ?? NO_AGENCY) : undefined;
}

/** The case page: full contact details for roles that need them (audit-logged), masked otherwise. */
export function getCaseDetail(c: Context<AppEnv>, auth: AuthState, id: string): Promise<CaseDetail> {
  const now = c.get('deps').now();
  const full = can(auth.role, 'cases.read_personal');
  return inTenant(c, async (tx, tenantId) => {
    const found = await queries.findCaseDetail(tx, tenantId, id);
    if (!found) throw notFound('Không tìm thấy hồ sơ này.');
    if (full && hasPersonalData(citizenOf(found.row))) {
      await audit(c, tx, tenantId, {
        action: 'personal_data.read',
        targetType: 'case',
        targetId: found.row.id,
        details: { code: found.row.code },
      });
    }
    return detailView(found, now, full);
  });
}

export function listCaseEvents(c: Context<AppEnv>, id: string): Promise<CaseEventView[]> {
  return inTenant(c, async (tx, tenantId) => {
    if (!(await queries.findCaseRow(tx, tenantId, id))) throw notFound('Không tìm thấy hồ sơ này.');
    return (await queries.listCaseEvents(tx, tenantId, id)).map(eventView);
  });
}

export function listCases(c: Context<AppEnv>, auth: AuthState, q: CaseListQuery): Promise<CaseListOutput> {
  if (q.phone && !can(auth.role, 'cases.read_personal')) {
    throw new ApiError('FORBIDDEN', 'Bạn không có quyền tìm hồ sơ theo số điện thoại.');
  }
  const scoped = agencyScope(auth);
  if (scoped && q.agencyId && q.agencyId !== scoped) return Promise.resolve({ cases: [], nextCursor: null });
  // A case code typed into the search box finds that case through its unique index.
  const code = q.q ? parseCaseCode(q.q) : null;
  const operatorId = q.operatorId === 'me' ? auth.userId : q.operatorId === 'none' ? null : q.operatorId;
  const filter: queries.CaseListFilter = {
    ...(q.status ? { statuses: q.status === 'open' ? OPEN_CASE_STATUSES : q.status } : {}),
    ...(q.channel ? { channel: q.channel } : {}),
    ...(q.topicId ? { topicId: q.topicId } : {}),
    ...(scoped || q.agencyId ? { agencyId: scoped ?? q.agencyId } : {}),
    ...(q.slaState ? { slaState: q.slaState } : {}),
    ...(operatorId !== undefined ? { operatorId } : {}),
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
    ...(code ? { code: formatCaseCode(code.prefix, code.year, code.sequence) } : q.q ? { text: q.q } : {}),
    ...(q.phone ? { phone: q.phone } : {}),
    ...(q.cursor ? { after: q.cursor } : {}),
    limit: q.limit + 1,
  };
  return inTenant(c, async (tx, tenantId) => {
    const rows = await queries.listCases(tx, tenantId, filter);
    const page = rows.slice(0, q.limit);
    const last = page.at(-1);
    return {
      cases: page.map(listItemView),
      nextCursor:
        rows.length > q.limit && last ? encodeCaseCursor({ receivedAt: last.receivedAt, id: last.id }) : null,
    };
  });
}

/** Supervisors' at-risk or breached queue: open cases, nearest deadline first. */
export function listQueue(
  c: Context<AppEnv>,
  auth: AuthState,
  state: 'at_risk' | 'breached',
  q: CaseQueueQuery,
) {
  const scoped = agencyScope(auth);
  return inTenant(c, async (tx, tenantId) => ({
    cases: (
      await queries.listCaseQueue(tx, tenantId, state, {
        ...((scoped ?? q.agencyId) ? { agencyId: scoped ?? q.agencyId } : {}),
        ...(q.operatorId ? { operatorId: q.operatorId } : {}),
        limit: q.limit,
      })
    ).map(listItemView),
  }));
}

type SlaCounts = { total: number; onTrack: number; atRisk: number; breached: number };
const emptyCounts = (): SlaCounts => ({ total: 0, onTrack: 0, atRisk: 0, breached: 0 });

/** Open cases per agency and per operator, split by SLA state, with names. */
export function openCaseCounts(c: Context<AppEnv>) {
  return inTenant(c, async (tx, tenantId) => {
    const { byAgency, byOperator } = await queries.countOpenCases(tx, tenantId);
    const agencies = await queries.listDirectoryAgencies(tx, tenantId);
    const members = await queries.listMembers(tx, tenantId);
    const tally = <K extends string | null>(rows: { key: K; slaState: string; n: number }[]) => {
      const map = new Map<K, SlaCounts>();
      for (const r of rows) {
        const counts = map.get(r.key) ?? emptyCounts();
        counts.total += r.n;
        if (r.slaState === 'on_track') counts.onTrack += r.n;
        else if (r.slaState === 'at_risk') counts.atRisk += r.n;
        else counts.breached += r.n;
        map.set(r.key, counts);
      }
      return [...map.entries()];
    };
    const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
    const memberName = new Map(members.map((m) => [m.userId, m.name]));
    return {
      byAgency: tally(byAgency.map((r) => ({ key: r.agencyId, slaState: r.slaState, n: r.n }))).map(
        ([id, counts]) => ({
          agencyId: id,
          agencyName: id ? (agencyName.get(id) ?? null) : null,
          ...counts,
        }),
      ),
      byOperator: tally(byOperator.map((r) => ({ key: r.operatorId, slaState: r.slaState, n: r.n }))).map(
        ([id, counts]) => ({
          operatorId: id,
          operatorName: id ? (memberName.get(id) ?? null) : null,
          ...counts,
        }),
      ),
    };
  });
}
