import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { caseSettings } from '../schema/case-settings.js';

export async function getCaseSettings(tx: Tx, tenantId: string) {
  const rows = await tx
    .select({ autoRelay: caseSettings.autoRelay, feedbackWindowDays: caseSettings.feedbackWindowDays })
    .from(caseSettings)
    .where(eq(caseSettings.tenantId, tenantId))
    .limit(1);
  return rows[0];
}

export async function saveCaseSettings(
  tx: Tx,
  tenantId: string,
  values: { autoRelay: boolean; feedbackWindowDays: number; updatedBy: string | null },
) {
  const set = { ...values, updatedAt: new Date() };
  await tx
    .insert(caseSettings)
    .values({ tenantId, ...set })
    .onConflictDoUpdate({ target: caseSettings.tenantId, set });
}

/**
 * The province's sealed key for signing citizens' links: the stored one, or `candidate` stored now
 * when there is none (concurrent first uses agree on whichever was stored first).
 */
export async function ensureLinkKey(tx: Tx, tenantId: string, candidate: string): Promise<string> {
  const [row] = await tx
    .insert(caseSettings)
    .values({ tenantId, linkKey: candidate })
    .onConflictDoUpdate({
      target: caseSettings.tenantId,
      set: { linkKey: sql`coalesce(${caseSettings.linkKey}, excluded.link_key)` },
    })
    .returning({ linkKey: caseSettings.linkKey });
  return row!.linkKey!;
}

/** The stored sealed key, or undefined before any link was signed. */
export async function findLinkKey(tx: Tx, tenantId: string): Promise<string | undefined> {
  const rows = await tx
    .select({ linkKey: caseSettings.linkKey })
    .from(caseSettings)
    .where(eq(caseSettings.tenantId, tenantId))
    .limit(1);
  return rows[0]?.linkKey ?? undefined;
}
