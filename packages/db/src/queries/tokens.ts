import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { invitations } from '../schema/invitations.js';
import { userTokens } from '../schema/user-tokens.js';

export type UserTokenPurpose = (typeof userTokens.purpose.enumValues)[number];

export async function insertUserToken(
  tx: Tx,
  values: {
    tenantId: string | null;
    userId: string;
    purpose: UserTokenPurpose;
    tokenHash: string;
    expiresAt: Date;
  },
) {
  await tx.insert(userTokens).values(values);
}

/** Marks a usable token used and returns it; undefined when unknown, used or expired. */
export async function consumeUserToken(tx: Tx, tokenHash: string, purpose: UserTokenPurpose) {
  const rows = await tx
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(userTokens.tokenHash, tokenHash),
        eq(userTokens.purpose, purpose),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, new Date()),
      ),
    )
    .returning();
  return rows[0];
}

export async function insertInvitation(tx: Tx, values: typeof invitations.$inferInsert) {
  const rows = await tx.insert(invitations).values(values).returning({ id: invitations.id });
  return rows[0]!.id;
}

export async function findUsableInvitation(tx: Tx, tenantId: string, tokenHash: string) {
  return (
    await tx
      .select()
      .from(invitations)
      .where(
        and(
          eq(invitations.tenantId, tenantId),
          eq(invitations.tokenHash, tokenHash),
          isNull(invitations.acceptedAt),
          gt(invitations.expiresAt, new Date()),
        ),
      )
      .limit(1)
  )[0];
}

export async function markInvitationAccepted(tx: Tx, tenantId: string, id: string) {
  const rows = await tx
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(and(eq(invitations.tenantId, tenantId), eq(invitations.id, id), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  return rows.length > 0;
}
