import type { RelayView } from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';

function relayView(row: queries.RelayRow): RelayView {
  return {
    id: row.id,
    kind: row.kind as RelayView['kind'],
    channel: row.channel,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    attempts: row.attempts,
    automatic: row.automatic,
  };
}

export function caseRelays(c: Context<AppEnv>, caseId: string) {
  return inTenant(c, async (tx, tenantId) => {
    if (!(await queries.findCaseRow(tx, tenantId, caseId))) throw notFound('Không tìm thấy hồ sơ này.');
    return (await queries.listCaseRelays(tx, tenantId, caseId)).map(relayView);
  });
}

export function waitingRelays(c: Context<AppEnv>) {
  return inTenant(c, async (tx, tenantId) =>
    (await queries.listWaitingRelays(tx, tenantId, 200)).map((r) => ({
      ...relayView(r.row),
      caseCode: r.caseCode,
    })),
  );
}

/**
 * An operator delivered a waiting message by hand (called the citizen back, wrote on Zalo): it is
 * marked sent, and the audit log says who did.
 */
export function markRelayDone(c: Context<AppEnv>, auth: AuthState, id: string) {
  const now = c.get('deps').now();
  return inTenant(c, async (tx, tenantId) => {
    const [row] = await queries.lockRelayOutbox(
      tx,
      tenantId,
      ['hotline', 'zalo', 'facebook', 'email', 'portal'],
      {
        limit: 1,
        maxAttempts: 2_147_483_647,
        relayId: id,
      },
    );
    if (!row) throw notFound('Không tìm thấy tin nhắn đang chờ gửi này.');
    await queries.markRelay(tx, tenantId, id, { status: 'sent', sentAt: now, lastError: null });
    await audit(c, tx, tenantId, {
      action: 'relay.marked_sent',
      targetType: 'case',
      targetId: row.caseId,
      details: { relayId: id, channel: row.channel, by: auth.userId },
    });
    return relayView({ ...row, status: 'sent', sentAt: now });
  });
}
