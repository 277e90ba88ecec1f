import { and, eq } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { sessions } from '../schema/sessions.js';

export type SessionRow = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;

export async function insertSession(tx: Tx, values: NewSession) {
  await tx.insert(sessions).values(values);
}

/** Only sessions of the current scope (province or platform) are visible. */
export async function findSession(tx: Tx, id: string) {
  return (await tx.select().from(sessions).where(eq(sessions.id, id)).limit(1))[0];
}

export async function touchSession(
  tx: Tx,
  id: string,
  values: { lastVerifiedAt?: Date; twoFactorVerified?: boolean },
) {
  await tx.update(sessions).set(values).where(eq(sessions.id, id));
}

export async function deleteSession(tx: Tx, id: string) {
  await tx.delete(sessions).where(eq(sessions.id, id));
}

/** Ends every session of the user on every host; needs the user in the context. */
export async function deleteUserSessions(tx: Tx, userId: string) {
  const rows = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return rows.length;
}

/** Ends the user's sessions on this province only (deactivation, rejection). */
export async function deleteUserSessionsInTenant(tx: Tx, tenantId: string, userId: string) {
  await tx.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId)));
}
