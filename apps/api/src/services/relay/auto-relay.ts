import { relayContactRefusal } from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { inTenant } from '../../lib/tenant-db.js';
import { applyPlan } from '../cases/case-action.js';
import { citizenOf } from '../cases/serialize.js';
import { deliverRelays } from './deliver.js';
import { queueAnswerRelay } from './queue.js';

/**
 * Provinces with `auto_relay` send an agency's answer to the citizen as soon as it is recorded, on the
 * channel the case came from. Runs after the answer's commit, in the province's system context (agency
 * staff never touch the citizen's messages); a case that cannot be reached is left for an operator.
 */
export async function autoRelayAnswer(c: Context<AppEnv>, auth: AuthState, caseId: string): Promise<boolean> {
  const settings = await inTenant(c, (tx, tenantId) => queries.getCaseSettings(tx, tenantId));
  if (!settings?.autoRelay) return false;
  const deps = c.get('deps');
  const tenantId = c.get('tenant').id;
  const now = deps.now();
  const relayed = await deps.db.withTenant({ tenantId, userId: auth.userId, role: 'system' }, async (tx) => {
    const row = await queries.lockCase(tx, tenantId, caseId);
    if (!row || row.status !== 'answered') return false;
    const channel = row.channel;
    if (relayContactRefusal(channel, citizenOf(row))) return false;
    await applyPlan(
      { tx, tenantId, row, now, auth },
      {
        event: { type: 'relay', channel },
        timeline: { type: 'relayed', public: true, data: { channel, automatic: true } },
        after: async (t, updated) =>
          void (await queueAnswerRelay(c, t, {
            row: updated,
            channel,
            automatic: true,
            createdBy: null,
            now,
          })),
      },
    );
    return true;
  });
  if (relayed) await deliverAfterCommit(c, caseId);
  return relayed;
}

/** Sends what the request just queued for the case; a failure is logged and left for the jobs worker. */
export async function deliverAfterCommit(c: Context<AppEnv>, caseId: string) {
  try {
    return await deliverRelays(c.get('deps'), c.get('tenant').id, { caseId });
  } catch (err) {
    c.get('log').warn({ err, caseId }, 'relay delivery deferred');
    return { sent: 0, failed: 0 };
  }
}
