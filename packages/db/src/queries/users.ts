import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { users } from '../schema/users.js';

/** Needs `lookupEmail` in the context (sign-in, sign-up, reset) or a membership in the province. */
export async function findUserByEmail(tx: Tx, email: string) {
  return (await tx.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1))[0];
}

export async function findUserById(tx: Tx, id: string) {
  return (await tx.select().from(users).where(eq(users.id, id)).limit(1))[0];
}

export async function insertUser(
  tx: Tx,
  values: {
    id?: string;
    email: string;
    name: string;
    phone?: string | null;
    passwordHash: string;
    emailVerified?: boolean;
  },
) {
  const id = values.id ?? crypto.randomUUID();
  // No RETURNING: the new row is not visible until its membership exists.
  await tx.insert(users).values({
    id,
    email: values.email.toLowerCase(),
    name: values.name,
    phone: values.phone ?? null,
    passwordHash: values.passwordHash,
    emailVerifiedAt: values.emailVerified ? new Date() : null,
  });
  return id;
}

export async function setPassword(tx: Tx, userId: string, passwordHash: string) {
  await tx.update(users).set({ passwordHash, passwordChangedAt: new Date() }).where(eq(users.id, userId));
}

export async function markEmailVerified(tx: Tx, userId: string) {
  await tx
    .update(users)
    .set({ emailVerifiedAt: sql`coalesce(email_verified_at, now())` })
    .where(eq(users.id, userId));
}

export async function setTotp(
  tx: Tx,
  userId: string,
  values: { totpKey: string | null; enabled: boolean; recoveryCodeHashes?: string[] },
) {
  await tx
    .update(users)
    .set({
      totpKey: values.totpKey,
      totpEnabledAt: values.enabled ? new Date() : null,
      ...(values.recoveryCodeHashes ? { recoveryCodeHashes: values.recoveryCodeHashes } : {}),
    })
    .where(eq(users.id, userId));
}

/** Removes a used recovery code; false when it was not one of the user's codes. */
export async function consumeRecoveryCode(tx: Tx, userId: string, codeHash: string): Promise<boolean> {
  const rows = await tx
    .update(users)
    .set({ recoveryCodeHashes: sql`array_remove(recovery_code_hashes, ${codeHash})` })
    .where(sql`${users.id} = ${userId} and ${codeHash} = any(recovery_code_hashes)`)
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Records the step of an accepted TOTP code; false when that step (or a later one) was already used. */
export async function claimTotpStep(tx: Tx, userId: string, step: number): Promise<boolean> {
  const rows = await tx
    .update(users)
    .set({ totpLastStep: step })
    .where(sql`${users.id} = ${userId} and (totp_last_step is null or totp_last_step < ${step})`)
    .returning({ id: users.id });
  return rows.length > 0;
}
