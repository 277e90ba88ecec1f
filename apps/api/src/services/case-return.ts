import type { ReturnCaseInput } from '@tongdai/contracts';
import { statusRefusal } from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../context.js';
import { notFound } from '../lib/errors.js';
import { inTenant } from '../lib/tenant-db.js';
import { applyPlan, refusedError, staleError } from './cases/case-action.js';
import { snapshotOf, stateView } from './cases/serialize.js';
import { queueCaseNotifications } from './notifications/case-notifications.js';

const NOT_FOUND = 'Không tìm thấy hồ sơ này.';

/**
 * The agency hands a misrouted case back to 1022 with its reason (`return_to_operator`): the case
 * loses its agency and waits to be escalated elsewhere; supervisors and the case's operator are told.
 *
 * The agency's own row policy lets its staff write only rows of their agency, so clearing the agency
 * cannot happen in their context. The case is first read in their context (the database decides what
 * they may see), then changed in the province's system context, re-checked under the row lock.
 */
export async function returnCase(
  c: Context<AppEnv>,
  auth: AuthState,
  caseId: string,
  input: ReturnCaseInput,
) {
  const visible = await inTenant(c, (tx, tenantId) => queries.findCaseRow(tx, tenantId, caseId));
  if (!visible) throw notFound(NOT_FOUND);
  const deps = c.get('deps');
  const tenantId = c.get('tenant').id;
  const now = deps.now();
  return deps.db.withTenant({ tenantId, userId: auth.userId, role: 'system' }, async (tx) => {
    const row = await queries.lockCase(tx, tenantId, caseId);
    if (!row || (auth.role === 'agency_staff' && row.agencyId !== auth.agencyId)) throw notFound(NOT_FOUND);
    if (row.version !== input.version) throw staleError(row, input.version);
    const refusal = statusRefusal(snapshotOf(row), 'return_to_operator', now);
    if (refusal) throw refusedError(refusal);
    const agency = row.agencyId ? await queries.findAgencyForTransfer(tx, tenantId, row.agencyId) : undefined;
    const agencyName = agency?.name ?? null;
    const { updated, event } = await applyPlan(
      { tx, tenantId, row, now, auth },
      {
        event: { type: 'return_to_operator', reason: input.reason },
        timeline: { type: 'returned', data: { agencyId: row.agencyId, agencyName, reason: input.reason } },
        after: async (t, saved) => {
          await queueCaseNotifications(t, {
            tenantId,
            kind: 'case_returned',
            caseRow: saved,
            dedupeKey: `case_returned:${row.id}:${row.version}`,
            audience: ['supervisors', 'operator'],
            title: `Hồ sơ ${row.code} bị trả lại`,
            body: `${agencyName ?? 'Cơ quan'} trả lại hồ sơ ${row.code}: ${input.reason}\nVui lòng chuyển hồ sơ tới đúng cơ quan có thẩm quyền.`,
            now,
            sentBy: auth.userId,
          });
        },
      },
    );
    return { case: stateView(updated, now), event };
  });
}
