import { formatDateTimeVn, slaSweepDecision, slaWatchAt } from '@tongdai/core';
import { queries, type AppDb, type Tx } from '@tongdai/db';
import type { Logger } from '../../lib/logger.js';
import type { Mailer } from '../../lib/mailer.js';
import { deliverPendingEmails, queueCaseNotifications } from '../notifications/case-notifications.js';

export interface SweepDeps {
  db: AppDb;
  mailer: Mailer;
  logger: Logger;
}

export interface SweepHooks {
  /** Called after each case's transaction has committed (tests stop the worker here). */
  afterCase?: (caseId: string) => Promise<void>;
}

export interface SweepResult {
  atRisk: number;
  breached: number;
  notified: number;
  emailed: number;
}

const BATCH = 500;

/** One case: re-read under lock, decide with the core rule, write state, event and notifications. */
async function sweepCase(tx: Tx, tenantId: string, caseId: string, now: Date) {
  const row = await queries.lockCase(tx, tenantId, caseId);
  if (!row) return null;
  const next = slaSweepDecision({ ...row, now });
  if (!next) return null;
  const slaWatch = slaWatchAt({ ...row, slaState: next });
  await queries.updateCase(
    tx,
    tenantId,
    row.id,
    { slaState: next, slaWatchAt: slaWatch },
    { bumpVersion: false },
  );
  const due = row.dueAt!;
  await queries.appendCaseEvent(tx, {
    tenantId,
    caseId: row.id,
    at: now,
    actorUserId: null,
    type: next === 'breached' ? 'sla_breached' : 'sla_at_risk',
    visibility: 'internal',
    data: { dueAt: due.toISOString(), atRiskAt: row.atRiskAt?.toISOString() ?? null, status: row.status },
  });
  const breached = next === 'breached';
  const notified = await queueCaseNotifications(tx, {
    tenantId,
    kind: breached ? 'sla_breached' : 'sla_at_risk',
    caseRow: row,
    dedupeKey: `${breached ? 'sla_breached' : 'sla_at_risk'}:${row.id}:${due.toISOString()}`,
    audience: ['supervisors', 'agency', 'operator'],
    title: breached ? `Quá hạn xử lý: hồ sơ ${row.code}` : `Sắp đến hạn xử lý: hồ sơ ${row.code}`,
    body: breached
      ? `Hồ sơ ${row.code} đã quá hạn xử lý lúc ${formatDateTimeVn(due)} mà chưa có câu trả lời.`
      : `Hồ sơ ${row.code} đã dùng hơn 75% thời gian xử lý; hạn là ${formatDateTimeVn(due)}.`,
    now,
    sentBy: null,
  });
  await queries.notifyCaseChanged(tx, {
    tenantId,
    caseId: row.id,
    agencyIds: [row.agencyId],
    kind: `sla_${next}`,
  });
  return { state: next, notified };
}

/**
 * The SLA clock of one province at `now`: marks cases at risk / breached, records the event and
 * notifies, one transaction per case, then sends pending e-mails. Idempotent: a case already marked
 * is skipped, and notifications are unique per fact and recipient, so a retried, duplicated or
 * interrupted sweep never notifies twice and the next one finishes what was left.
 */
export async function sweepTenant(
  deps: SweepDeps,
  tenantId: string,
  now: Date,
  hooks: SweepHooks = {},
): Promise<SweepResult> {
  const ctx = { tenantId, role: 'system' };
  const result: SweepResult = { atRisk: 0, breached: 0, notified: 0, emailed: 0 };
  const ids = await deps.db.withTenant(ctx, (tx) => queries.slaSweepCandidates(tx, tenantId, now, BATCH));
  for (const id of ids) {
    const done = await deps.db.withTenant(ctx, (tx) => sweepCase(tx, tenantId, id, now));
    if (done) {
      result[done.state === 'breached' ? 'breached' : 'atRisk'] += 1;
      result.notified += done.notified;
    }
    await hooks.afterCase?.(id);
  }
  result.emailed = await deliverPendingEmails(deps, tenantId, now);
  if (result.atRisk + result.breached > 0) deps.logger.info({ tenantId, ...result }, 'sla sweep');
  return result;
}
