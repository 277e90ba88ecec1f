import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { agencies } from '../schema/agencies.js';
import { memberships, type Membership } from '../schema/memberships.js';
import { users } from '../schema/users.js';

export type MembershipStatus = Membership['status'];
export type TenantRoleValue = Membership['role'];

export async function findMembership(tx: Tx, tenantId: string, userId: string) {
  return (
    await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)))
      .limit(1)
  )[0];
}

export async function insertMembership(
  tx: Tx,
  values: {
    tenantId: string;
    userId: string;
    role: TenantRoleValue;
    status: MembershipStatus;
    agencyId?: string | null;
    requestedRole?: TenantRoleValue | null;
    decidedBy?: string | null;
  },
) {
  await tx.insert(memberships).values({
    ...values,
    agencyId: values.agencyId ?? null,
    decidedAt: values.status === 'active' ? new Date() : null,
  });
}

export async function listMembers(tx: Tx, tenantId: string, filter: { status?: MembershipStatus } = {}) {
  const where: SQL[] = [eq(memberships.tenantId, tenantId)];
  if (filter.status) where.push(eq(memberships.status, filter.status));
  return tx
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      phone: users.phone,
      emailVerified: users.emailVerifiedAt,
      role: memberships.role,
      requestedRole: memberships.requestedRole,
      status: memberships.status,
      agencyId: memberships.agencyId,
      agencyName: agencies.name,
      createdAt: memberships.createdAt,
      decidedAt: memberships.decidedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(
      agencies,
      and(eq(agencies.tenantId, memberships.tenantId), eq(agencies.id, memberships.agencyId)),
    )
    .where(and(...where))
    .orderBy(asc(memberships.status), desc(memberships.createdAt));
}

export async function updateMembership(
  tx: Tx,
  tenantId: string,
  userId: string,
  values: { status?: MembershipStatus; role?: TenantRoleValue; agencyId?: string | null; decidedBy: string },
) {
  const rows = await tx
    .update(memberships)
    .set({ ...values, decidedAt: new Date() })
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)))
    .returning();
  return rows[0];
}
