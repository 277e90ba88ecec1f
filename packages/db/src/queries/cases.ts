import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { agencies } from '../schema/agencies.js';
import { cases } from '../schema/cases.js';

const listColumns = {
  id: cases.id,
  code: cases.code,
  channel: cases.channel,
  receivedAt: cases.receivedAt,
  status: cases.status,
  content: cases.content,
  agencyId: cases.agencyId,
  agencyName: agencies.name,
  citizenPhone: cases.citizenPhone,
};

/** Cases visible in this context; agency staff get only their agency's from the policy itself. */
export function listCases(tx: Tx, tenantId: string, limit = 50) {
  return tx
    .select(listColumns)
    .from(cases)
    .leftJoin(agencies, and(eq(agencies.tenantId, cases.tenantId), eq(agencies.id, cases.agencyId)))
    .where(eq(cases.tenantId, tenantId))
    .orderBy(desc(cases.receivedAt))
    .limit(limit);
}

export async function findCase(tx: Tx, tenantId: string, id: string) {
  return (
    await tx
      .select({ ...listColumns, citizenName: cases.citizenName, citizenEmail: cases.citizenEmail })
      .from(cases)
      .leftJoin(agencies, and(eq(agencies.tenantId, cases.tenantId), eq(agencies.id, cases.agencyId)))
      .where(and(eq(cases.tenantId, tenantId), eq(cases.id, id)))
      .limit(1)
  )[0];
}
