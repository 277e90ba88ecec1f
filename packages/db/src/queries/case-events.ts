import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { caseEvents } from '../schema/cases.js';
import { users } from '../schema/users.js';

export interface CaseEventValues {
  tenantId: string;
  caseId: string;
  at: Date;
  actorUserId: string | null;
  type: string;
  /** `internal` never reaches the citizen's status page; `public` may. */
  visibility: 'internal' | 'public';
  data: Record<string, unknown>;
}

const eventColumns = {
  id: caseEvents.id,
  at: caseEvents.at,
  type: caseEvents.type,
  actorUserId: caseEvents.actorUserId,
  visibility: caseEvents.visibility,
  data: caseEvents.data,
};

export async function appendCaseEvent(tx: Tx, values: CaseEventValues) {
  const [row] = await tx.insert(caseEvents).values(values).returning(eventColumns);
  return row!;
}

/** A case's timeline, oldest first, with the name of whoever acted. */
export function listCaseEvents(tx: Tx, tenantId: string, caseId: string) {
  return tx
    .select({ ...eventColumns, actorName: users.name })
    .from(caseEvents)
    .leftJoin(users, eq(users.id, caseEvents.actorUserId))
    .where(and(eq(caseEvents.tenantId, tenantId), eq(caseEvents.caseId, caseId)))
    .orderBy(asc(caseEvents.id));
}
