import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { dutyRoster } from '../schema/duty-roster.js';

export type RosterEntry = Omit<typeof dutyRoster.$inferInsert, 'tenantId' | 'id' | 'branchId' | 'weekStart'>;

export function listRosterWeek(tx: Tx, tenantId: string, branchId: string, weekStart: string) {
  return tx
    .select()
    .from(dutyRoster)
    .where(
      and(
        eq(dutyRoster.tenantId, tenantId),
        eq(dutyRoster.branchId, branchId),
        eq(dutyRoster.weekStart, weekStart),
      ),
    )
    .orderBy(asc(dutyRoster.weekday), asc(dutyRoster.startTime));
}

/** Replaces one branch's roster for one week. */
export async function replaceRosterWeek(
  tx: Tx,
  tenantId: string,
  branchId: string,
  weekStart: string,
  entries: RosterEntry[],
) {
  await tx
    .delete(dutyRoster)
    .where(
      and(
        eq(dutyRoster.tenantId, tenantId),
        eq(dutyRoster.branchId, branchId),
        eq(dutyRoster.weekStart, weekStart),
      ),
    );
  if (entries.length > 0) {
    await tx.insert(dutyRoster).values(entries.map((e) => ({ ...e, tenantId, branchId, weekStart })));
  }
}
