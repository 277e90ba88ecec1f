import { queries, type AppDb } from '@tongdai/db';
import type { Logger } from '../../lib/logger.js';
import type { Mailer } from '../../lib/mailer.js';
import { channelRelays } from './adapters.js';

export interface RelayDeliveryDeps {
  db: AppDb;
  mailer: Mailer;
  logger: Logger;
  now: () => Date;
}

/** After this many failed sends a message stays failed for a person to look at. */
export const MAX_RELAY_ATTEMPTS = 5;
const BATCH = 20;

/**
 * Sends the province's messages waiting on channels that have an adapter (one case's only when
 * `caseId` is given). Each record is locked while it is sent and marked after: at least once, never
 * silently lost. Records of channels without an adapter are left pending.
 */
export async function deliverRelays(
  deps: RelayDeliveryDeps,
  tenantId: string,
  options: { caseId?: string } = {},
): Promise<{ sent: number; failed: number }> {
  const adapters = channelRelays(deps);
  const result = { sent: 0, failed: 0 };
  for (;;) {
    const batch = await deps.db.withTenant({ tenantId, role: 'system' }, async (tx) => {
      const rows = await queries.lockRelayOutbox(tx, tenantId, [...adapters.keys()], {
        limit: BATCH,
        maxAttempts: MAX_RELAY_ATTEMPTS,
        ...(options.caseId ? { caseId: options.caseId } : {}),
      });
      let sent = 0;
      for (const row of rows) {
        try {
          await adapters
            .get(row.channel)!
            .deliver({ to: row.recipient, subject: row.subject, text: row.body });
          await queries.markRelay(tx, tenantId, row.id, {
            status: 'sent',
            sentAt: deps.now(),
            lastError: null,
          });
          sent += 1;
        } catch (err) {
          deps.logger.warn({ err, relayId: row.id, channel: row.channel }, 'relay to citizen failed');
          const lastError = err instanceof Error ? err.message.slice(0, 500) : 'send failed';
          await queries.markRelay(tx, tenantId, row.id, { status: 'failed', sentAt: null, lastError });
        }
      }
      return { total: rows.length, sent };
    });
    result.sent += batch.sent;
    result.failed += batch.total - batch.sent;
    if (batch.total < BATCH || batch.sent === 0) return result;
  }
}
