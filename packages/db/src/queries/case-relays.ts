import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { caseRelays } from '../schema/case-relays.js';
import { cases } from '../schema/cases.js';

export type RelayChannel = (typeof caseRelays.channel.enumValues)[number];
export type RelayRow = typeof caseRelays.$inferSelect;
export type RelayInsert = Omit<typeof caseRelays.$inferInsert, 'id' | 'status' | 'attempts'>;

export async function insertRelay(tx: Tx, values: RelayInsert) {
  const [row] = await tx.insert(caseRelays).values(values).returning();
  return row!;
}

/**
 * Messages not sent yet on channels that have an adapter, oldest first, locked for this transaction
 * (another worker skips them). Failed ones are retried until `maxAttempts`.
 */
export function lockRelayOutbox(
  tx: Tx,
  tenantId: string,
  channels: readonly RelayChannel[],
  options: { limit: number; maxAttempts: number; caseId?: string; relayId?: string },
) {
  if (channels.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(caseRelays)
    .where(
      and(
        eq(caseRelays.tenantId, tenantId),
        ne(caseRelays.status, 'sent'),
        inArray(caseRelays.channel, [...channels]),
        sql`${caseRelays.attempts} < ${options.maxAttempts}`,
        options.caseId ? eq(caseRelays.caseId, options.caseId) : undefined,
        options.relayId ? eq(caseRelays.id, options.relayId) : undefined,
      ),
    )
    .orderBy(asc(caseRelays.createdAt))
    .limit(options.limit)
    .for('update', { skipLocked: true });
}

export async function markRelay(
  tx: Tx,
  tenantId: string,
  id: string,
  outcome: { status: 'sent' | 'failed' | 'pending'; sentAt: Date | null; lastError: string | null },
) {
  await tx
    .update(caseRelays)
    .set({ ...outcome, attempts: sql`${caseRelays.attempts} + 1` })
    .where(and(eq(caseRelays.tenantId, tenantId), eq(caseRelays.id, id)));
}

export function listCaseRelays(tx: Tx, tenantId: string, caseId: string) {
  return tx
    .select()
    .from(caseRelays)
    .where(and(eq(caseRelays.tenantId, tenantId), eq(caseRelays.caseId, caseId)))
    .orderBy(asc(caseRelays.createdAt));
}

/** Messages waiting for their channel (no adapter yet) or failed, with the case code, newest first. */
export function listWaitingRelays(tx: Tx, tenantId: string, limit: number) {
  return tx
    .select({ row: caseRelays, caseCode: cases.code })
    .from(caseRelays)
    .innerJoin(cases, and(eq(cases.tenantId, caseRelays.tenantId), eq(cases.id, caseRelays.caseId)))
    .where(and(eq(caseRelays.tenantId, tenantId), ne(caseRelays.status, 'sent')))
    .orderBy(desc(caseRelays.createdAt))
    .limit(limit);
}
