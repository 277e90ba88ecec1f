import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import { clientIp } from '../middleware/rate-limit.js';

/** Appends to the audit log of the request's scope (province or platform), inside the caller's transaction. */
export function audit(
  c: Context<AppEnv>,
  tx: Tx,
  tenantId: string | null,
  entry: Omit<queries.AuditEntry, 'tenantId' | 'ip'>,
) {
  const auth = c.get('auth');
  return queries.appendAudit(tx, {
    tenantId,
    ip: clientIp(c),
    actorUserId: entry.actorUserId ?? auth?.userId ?? null,
    actorEmail: entry.actorEmail ?? auth?.email ?? null,
    ...entry,
  });
}
