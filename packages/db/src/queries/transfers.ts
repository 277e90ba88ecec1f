import { and, asc, desc, eq, gt } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { agencies, agencyHotlines } from '../schema/agencies.js';
import { transferAttempts } from '../schema/cases.js';

export type TransferOutcomeValue = (typeof transferAttempts.outcome.enumValues)[number];

/** An agency with every hotline (schedules included) for the failover order. */
export async function findAgencyForTransfer(tx: Tx, tenantId: string, agencyId: string) {
  const [agency] = await tx
    .select({
      id: agencies.id,
      name: agencies.name,
      active: agencies.active,
      transferEnabled: agencies.transferEnabled,
      contactEmail: agencies.contactEmail,
    })
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), eq(agencies.id, agencyId)))
    .limit(1);
  if (!agency) return undefined;
  const hotlines = await tx
    .select({
      id: agencyHotlines.id,
      phone: agencyHotlines.phone,
      position: agencyHotlines.position,
      active: agencyHotlines.active,
      schedule: agencyHotlines.schedule,
    })
    .from(agencyHotlines)
    .where(and(eq(agencyHotlines.tenantId, tenantId), eq(agencyHotlines.agencyId, agencyId)))
    .orderBy(asc(agencyHotlines.position));
  return { ...agency, hotlines };
}

export async function insertTransferAttempt(
  tx: Tx,
  values: {
    tenantId: string;
    caseId: string;
    agencyId: string;
    hotlineId: string | null;
    phone: string;
    outcome: TransferOutcomeValue;
    at: Date;
    operatorId: string | null;
  },
) {
  await tx.insert(transferAttempts).values(values);
}

/** Outcomes of calls to an agency's numbers since `since`, from every case and operator. */
export function recentTransferOutcomes(tx: Tx, tenantId: string, agencyId: string, since: Date) {
  return tx
    .select({
      hotlineId: transferAttempts.hotlineId,
      phone: transferAttempts.phone,
      outcome: transferAttempts.outcome,
      at: transferAttempts.at,
    })
    .from(transferAttempts)
    .where(
      and(
        eq(transferAttempts.tenantId, tenantId),
        eq(transferAttempts.agencyId, agencyId),
        gt(transferAttempts.at, since),
      ),
    )
    .orderBy(desc(transferAttempts.at))
    .limit(200);
}
