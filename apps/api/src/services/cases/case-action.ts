import type { CaseActionOutput, CaseEventKind } from '@tongdai/contracts';
import {
  slaWatchAt,
  statusRefusal,
  transition,
  type CaseEvent,
  type CaseEventType,
  type Refusal,
} from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { ApiError, notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { columnsOf, eventView, snapshotOf, stateView } from './serialize.js';

type CaseRow = queries.CaseRow;

/**
 * Who acts on a case: a signed-in person, or nobody (the portal form, Open311, jobs), in which case
 * events carry no actor and no operator is assigned.
 */
export type CaseActor = Pick<AuthState, 'name' | 'role'> & { userId: string | null };

/** A citizen's own request (portal form, Open311 client): no staff member acts. */
export const NO_ACTOR: CaseActor = { userId: null, name: '', role: null };

export interface ActionContext {
  tx: Tx;
  tenantId: string;
  row: CaseRow;
  now: Date;
  auth: CaseActor;
}

/** What an action does, once the case is loaded, locked and its version checked. */
export interface ActionPlan {
  /** The core event: the state machine decides the new status (or refuses). */
  event?: CaseEvent;
  /** Columns beyond the snapshot (due times, operator), computed from the snapshot's columns. */
  patch?: (next: Partial<CaseRow>) => queries.CaseUpdate;
  timeline: { type: CaseEventKind; data?: Record<string, unknown>; public?: boolean };
  /** Default true; a note changes nothing that another operator could clobber. */
  bumpVersion?: boolean;
  /** Writes that go with the action, in its transaction (transfer log, FAQ counter, the original case). */
  after?: (tx: Tx, updated: CaseRow) => Promise<void>;
}

export function refusedError(refusal: Refusal): ApiError {
  return new ApiError('TRANSITION_REFUSED', refusal.message, [
    { path: 'status', message: refusal.status },
    { path: 'refusal', message: refusal.code },
  ]);
}

export function staleError(row: CaseRow, sent: number): ApiError {
  return new ApiError(
    'STALE_VERSION',
    `Hồ sơ ${row.code} vừa được người khác cập nhật (phiên bản hiện tại ${row.version}, bạn gửi ${sent}). Vui lòng tải lại hồ sơ rồi thao tác lại.`,
    [{ path: 'version', message: String(row.version) }],
  );
}

/** Applies a plan to a locked case inside the caller's transaction; returns the row and the event. */
export async function applyPlan(ctx: ActionContext, plan: ActionPlan) {
  const { tx, tenantId, row, now, auth } = ctx;
  let columns: Partial<CaseRow> = {};
  if (plan.event) {
    const result = transition(snapshotOf(row), plan.event, now);
    if (!result.ok) throw refusedError(result.refusal);
    columns = columnsOf(result.state);
  }
  const changes = { ...columns, ...plan.patch?.(columns) };
  const next = { ...row, ...changes };
  const updated = await queries.updateCase(
    tx,
    tenantId,
    row.id,
    { ...changes, slaWatchAt: slaWatchAt(next), updatedAt: now },
    { bumpVersion: plan.bumpVersion ?? true },
  );
  const event = await queries.appendCaseEvent(tx, {
    tenantId,
    caseId: row.id,
    at: now,
    actorUserId: auth.userId,
    type: plan.timeline.type,
    visibility: plan.timeline.public ? 'public' : 'internal',
    data: plan.timeline.data ?? {},
  });
  await plan.after?.(tx, updated);
  await queries.notifyCaseChanged(tx, {
    tenantId,
    caseId: row.id,
    agencyIds: [row.agencyId, updated.agencyId],
    kind: plan.timeline.type,
  });
  return { updated, event: eventView({ ...event, actorName: auth.name }) };
}

/**
 * The one way a case changes: lock the row, check the version the client saw, ask the state
 * machine, write the new snapshot and the action's columns, append the event, notify listeners —
 * all in one transaction of the request's province (row-level security applies throughout).
 */
export function runCaseAction(
  c: Context<AppEnv>,
  auth: AuthState,
  input: { caseId: string; version: number | null; eventType: CaseEventType | null },
  build: (ctx: ActionContext) => Promise<ActionPlan> | ActionPlan,
): Promise<CaseActionOutput> {
  const now = c.get('deps').now();
  return inTenant(c, async (tx, tenantId) => {
    const row = await queries.lockCase(tx, tenantId, input.caseId);
    if (!row) throw notFound('Không tìm thấy hồ sơ này.');
    if (input.version !== null && row.version !== input.version) throw staleError(row, input.version);
    if (input.eventType) {
      const refusal = statusRefusal(snapshotOf(row), input.eventType, now);
      if (refusal) throw refusedError(refusal);
    }
    const ctx = { tx, tenantId, row, now, auth };
    const { updated, event } = await applyPlan(ctx, await build(ctx));
    return { case: stateView(updated, now), event };
  });
}
