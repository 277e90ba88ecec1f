import { and, desc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../client.js';
import { agencies } from '../schema/agencies.js';
import { caseExtensions } from '../schema/case-extensions.js';
import { cases } from '../schema/cases.js';
import { users } from '../schema/users.js';

export type ExtensionStatusValue = (typeof caseExtensions.status.enumValues)[number];
export type ExtensionInsert = Omit<typeof caseExtensions.$inferInsert, 'id' | 'status'>;

const requester = alias(users, 'requester');
const decider = alias(users, 'decider');

const extensionColumns = {
  row: caseExtensions,
  caseCode: cases.code,
  agencyName: agencies.name,
  requestedByName: requester.name,
  decidedByName: decider.name,
};

/** Requests with the names people read; a request whose case the reader cannot see is not listed. */
function selectNamed(tx: Tx) {
  return tx
    .select(extensionColumns)
    .from(caseExtensions)
    .innerJoin(cases, and(eq(cases.tenantId, caseExtensions.tenantId), eq(cases.id, caseExtensions.caseId)))
    .leftJoin(
      agencies,
      and(eq(agencies.tenantId, caseExtensions.tenantId), eq(agencies.id, caseExtensions.agencyId)),
    )
    .leftJoin(requester, eq(requester.id, caseExtensions.requestedBy))
    .leftJoin(decider, eq(decider.id, caseExtensions.decidedBy));
}

export type ExtensionListRow = Awaited<ReturnType<typeof listExtensions>>[number];

export function listExtensions(
  tx: Tx,
  tenantId: string,
  filter: { status?: ExtensionStatusValue; caseId?: string; limit: number },
) {
  const where: SQL[] = [eq(caseExtensions.tenantId, tenantId)];
  if (filter.status) where.push(eq(caseExtensions.status, filter.status));
  if (filter.caseId) where.push(eq(caseExtensions.caseId, filter.caseId));
  return selectNamed(tx)
    .where(and(...where))
    .orderBy(desc(caseExtensions.requestedAt), desc(caseExtensions.id))
    .limit(filter.limit);
}

export async function findExtension(tx: Tx, tenantId: string, id: string) {
  const rows = await selectNamed(tx)
    .where(and(eq(caseExtensions.tenantId, tenantId), eq(caseExtensions.id, id)))
    .limit(1);
  return rows[0];
}

export async function hasPendingExtension(tx: Tx, tenantId: string, caseId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: caseExtensions.id })
    .from(caseExtensions)
    .where(
      and(
        eq(caseExtensions.tenantId, tenantId),
        eq(caseExtensions.caseId, caseId),
        eq(caseExtensions.status, 'pending'),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function insertExtension(tx: Tx, values: ExtensionInsert) {
  const [row] = await tx.insert(caseExtensions).values(values).returning();
  return row!;
}

/** The request locked for the decision; undefined when invisible or already gone. */
export async function lockExtension(tx: Tx, tenantId: string, id: string) {
  const rows = await tx
    .select()
    .from(caseExtensions)
    .where(and(eq(caseExtensions.tenantId, tenantId), eq(caseExtensions.id, id)))
    .for('update')
    .limit(1);
  return rows[0];
}

export async function decideExtension(
  tx: Tx,
  tenantId: string,
  id: string,
  decision: {
    status: 'approved' | 'refused';
    decidedBy: string;
    decidedAt: Date;
    decisionNote: string | null;
    grantedDueAt: Date | null;
  },
) {
  await tx
    .update(caseExtensions)
    .set(decision)
    .where(and(eq(caseExtensions.tenantId, tenantId), eq(caseExtensions.id, id)));
}
