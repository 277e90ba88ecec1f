import type {
  ExtensionApproveInput,
  ExtensionListQuery,
  ExtensionRefuseInput,
  ExtensionRequestInput,
  ExtensionView,
} from '@tongdai/contracts';
import {
  extendedClock,
  extensionRequestRefusal,
  formatDateTimeVn,
  newDueRefusal,
  workingCalendar,
} from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../context.js';
import { ApiError, notFound } from '../lib/errors.js';
import { inTenant } from '../lib/tenant-db.js';
import { applyPlan } from './cases/case-action.js';
import { stateView } from './cases/serialize.js';
import { loadSlaPolicy } from './cases/sla-context.js';
import { queueCaseNotifications } from './notifications/case-notifications.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const NOT_FOUND = 'Không tìm thấy hồ sơ này.';

export function extensionView(r: queries.ExtensionListRow): ExtensionView {
  const { row } = r;
  return {
    id: row.id,
    caseId: row.caseId,
    caseCode: r.caseCode,
    agencyId: row.agencyId,
    agencyName: r.agencyName,
    status: row.status,
    reason: row.reason,
    requestedDueAt: row.requestedDueAt.toISOString(),
    previousDueAt: iso(row.previousDueAt),
    requestedAt: row.requestedAt.toISOString(),
    requestedByName: r.requestedByName,
    decidedAt: iso(row.decidedAt),
    decidedByName: r.decidedByName,
    decisionNote: row.decisionNote,
    grantedDueAt: iso(row.grantedDueAt),
  };
}

async function loadView(tx: Tx, tenantId: string, id: string) {
  const found = await queries.findExtension(tx, tenantId, id);
  if (!found) throw notFound('Không tìm thấy đề nghị gia hạn này.');
  return extensionView(found);
}

/**
 * The agency asks the supervisors for more time: one request at a time per case, for a deadline after
 * the current one. Recorded on the timeline; supervisors are told in-app and by e-mail.
 */
export function requestExtension(
  c: Context<AppEnv>,
  auth: AuthState,
  caseId: string,
  input: ExtensionRequestInput,
): Promise<ExtensionView> {
  const now = c.get('deps').now();
  return inTenant(c, async (tx, tenantId) => {
    const row = await queries.lockCase(tx, tenantId, caseId);
    if (!row) throw notFound(NOT_FOUND);
    const hasPending = await queries.hasPendingExtension(tx, tenantId, caseId);
    const refusal = extensionRequestRefusal(
      { status: row.status, dueAt: row.dueAt, hasPending },
      input.requestedDueAt,
      now,
    );
    if (refusal) {
      const code = hasPending || !row.agencyId ? 'CONFLICT' : 'BAD_REQUEST';
      throw new ApiError(code, refusal, [{ path: 'requestedDueAt', message: refusal }]);
    }
    const ext = await queries.insertExtension(tx, {
      tenantId,
      caseId,
      agencyId: row.agencyId!,
      reason: input.reason,
      requestedDueAt: input.requestedDueAt,
      previousDueAt: row.dueAt,
      requestedBy: auth.userId,
      requestedAt: now,
    });
    await queries.appendCaseEvent(tx, {
      tenantId,
      caseId,
      at: now,
      actorUserId: auth.userId,
      type: 'extension_requested',
      visibility: 'internal',
      data: {
        extensionId: ext.id,
        reason: input.reason,
        requestedDueAt: input.requestedDueAt.toISOString(),
        previousDueAt: iso(row.dueAt),
      },
    });
    await queueCaseNotifications(tx, {
      tenantId,
      kind: 'extension_requested',
      caseRow: row,
      dedupeKey: `extension_requested:${ext.id}`,
      audience: ['supervisors'],
      title: `Đề nghị gia hạn hồ sơ ${row.code}`,
      body: [
        `Cơ quan xin gia hạn hồ sơ ${row.code} tới ${formatDateTimeVn(input.requestedDueAt)}${row.dueAt ? ` (hạn hiện tại ${formatDateTimeVn(row.dueAt)})` : ''}.`,
        `Lý do: ${input.reason}`,
      ].join('\n'),
      now,
      sentBy: auth.userId,
    });
    await queries.notifyCaseChanged(tx, {
      tenantId,
      caseId,
      agencyIds: [row.agencyId],
      kind: 'extension_requested',
    });
    return loadView(tx, tenantId, ext.id);
  });
}

/** Requests of one case, or of the province (agency staff: their agency's, by the database). */
export function listExtensions(c: Context<AppEnv>, q: ExtensionListQuery & { caseId?: string }) {
  return inTenant(c, async (tx, tenantId) => {
    if (q.caseId && !(await queries.findCaseRow(tx, tenantId, q.caseId))) throw notFound(NOT_FOUND);
    const rows = await queries.listExtensions(tx, tenantId, {
      ...(q.status ? { status: q.status } : {}),
      ...(q.caseId ? { caseId: q.caseId } : {}),
      limit: 200,
    });
    return rows.map(extensionView);
  });
}

type Decision =
  { approve: true; input: ExtensionApproveInput } | { approve: false; input: ExtensionRefuseInput };

/**
 * The supervisor's decision, through the state machine (`extend_deadline`): approved, the case gets
 * the new deadline and its at-risk mark and SLA state follow; refused, the deadline stays. Both are on
 * the timeline and the agency is told.
 */
export function decideExtension(c: Context<AppEnv>, auth: AuthState, id: string, decision: Decision) {
  const now = c.get('deps').now();
  return inTenant(c, async (tx, tenantId) => {
    const ext = await queries.lockExtension(tx, tenantId, id);
    if (!ext) throw notFound('Không tìm thấy đề nghị gia hạn này.');
    if (ext.status !== 'pending') {
      throw new ApiError('CONFLICT', 'Đề nghị gia hạn này đã được xem xét trước đó.');
    }
    const row = await queries.lockCase(tx, tenantId, ext.caseId);
    if (!row) throw notFound(NOT_FOUND);
    const note = decision.input.note ?? null;
    const granted = decision.approve ? (decision.input.grantedDueAt ?? ext.requestedDueAt) : null;
    let patch: queries.CaseUpdate = {};
    if (granted) {
      const refusal = newDueRefusal(row.dueAt, granted, now);
      if (refusal) throw new ApiError('BAD_REQUEST', refusal, [{ path: 'grantedDueAt', message: refusal }]);
      const policy = row.slaClassId ? await loadSlaPolicy(tx, tenantId, row.slaClassId, now) : null;
      const unit = policy?.answer.unit ?? 'working_days';
      const clock = extendedClock(
        row.slaStartedAt ?? now,
        granted,
        now,
        unit,
        policy?.calendar ?? workingCalendar(),
      );
      patch = { atRiskAt: clock.atRiskAt, slaState: clock.slaState };
    }
    const kind = granted ? 'extension_approved' : 'extension_refused';
    const { updated, event } = await applyPlan(
      { tx, tenantId, row, now, auth },
      {
        event: { type: 'extend_deadline', newDueAt: granted ?? row.dueAt ?? now, approved: Boolean(granted) },
        patch: () => patch,
        timeline: {
          type: kind,
          data: {
            extensionId: ext.id,
            note,
            grantedDueAt: iso(granted),
            requestedDueAt: ext.requestedDueAt.toISOString(),
          },
        },
        after: async (t, saved) => {
          await queries.decideExtension(t, tenantId, ext.id, {
            status: granted ? 'approved' : 'refused',
            decidedBy: auth.userId,
            decidedAt: now,
            decisionNote: note,
            grantedDueAt: granted,
          });
          await queueCaseNotifications(t, {
            tenantId,
            kind,
            caseRow: { ...saved, agencyId: ext.agencyId },
            dedupeKey: `${kind}:${ext.id}`,
            audience: ['agency'],
            title: granted ? `Đồng ý gia hạn hồ sơ ${row.code}` : `Không đồng ý gia hạn hồ sơ ${row.code}`,
            body: granted
              ? `Hạn trả lời hồ sơ ${row.code} được gia hạn tới ${formatDateTimeVn(granted)}.${note ? `\nGhi chú: ${note}` : ''}`
              : `Đề nghị gia hạn hồ sơ ${row.code} không được chấp thuận; hạn vẫn là ${row.dueAt ? formatDateTimeVn(row.dueAt) : 'như cũ'}.\nLý do: ${note ?? ''}`,
            now,
            sentBy: auth.userId,
          });
        },
      },
    );
    return { extension: await loadView(tx, tenantId, ext.id), case: stateView(updated, now), event };
  });
}
