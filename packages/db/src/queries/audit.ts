import { and, desc, eq, gte, ilike, isNull, lt, lte, type SQL } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { auditLog } from '../schema/audit-log.js';

export interface AuditEntry {
  tenantId: string | null;
  action: string;
  actorUserId?: string | null;
  actorEmail?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

export async function appendAudit(tx: Tx, entry: AuditEntry) {
  await tx.insert(auditLog).values({ ...entry, details: entry.details ?? {} });
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  from?: Date;
  to?: Date;
  /** Keyset pagination: entries older than this id. */
  before?: number;
  limit?: number;
}

export async function listAudit(tx: Tx, tenantId: string | null, filter: AuditFilter = {}) {
  const where: SQL[] = [tenantId ? eq(auditLog.tenantId, tenantId) : isNull(auditLog.tenantId)];
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.actor) where.push(ilike(auditLog.actorEmail, `%${filter.actor.replace(/[%_\\]/g, '\\$&')}%`));
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lte(auditLog.at, filter.to));
  if (filter.before) where.push(lt(auditLog.id, filter.before));
  return tx
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit ?? 50);
}
