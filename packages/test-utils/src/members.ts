import { createTotpKey, encodeTotpKey, hashPassword } from '@tongdai/auth';
import { sql } from 'drizzle-orm';
import { connectAdmin } from '@tongdai/db/admin';
import { memberships, users } from '@tongdai/db/schema';

export const TEST_PASSWORD = 'Kiem-thu-mat-khau-2026';

export interface TestMember {
  id: string;
  email: string;
  password: string;
  totpKey?: Uint8Array;
}

let counter = 0;

/**
 * A person with a password: a member of `tenantId` with `role`, or a platform admin / ministry viewer
 * when `tenantId` is null. `totp: true` enrols a second factor and returns its key.
 */
export async function createMember(
  adminUrl: string,
  tenantId: string | null,
  options: {
    role: 'tenant_admin' | 'supervisor' | 'operator' | 'agency_staff' | 'platform_admin' | 'ministry_viewer';
    status?: 'pending' | 'active' | 'rejected' | 'deactivated';
    agencyId?: string;
    totp?: boolean;
    emailVerified?: boolean;
  },
): Promise<TestMember> {
  counter += 1;
  const email = `${options.role}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 6)}@example.test`;
  const totpKey = options.totp ? createTotpKey() : undefined;
  const { db, close } = connectAdmin(adminUrl, { max: 1 });
  try {
    const passwordHash = await hashPassword(TEST_PASSWORD);
    const platformRole =
      options.role === 'platform_admin' || options.role === 'ministry_viewer' ? options.role : null;
    const [user] = await db
      .insert(users)
      .values({
        email,
        name: `Người dùng ${counter}`,
        passwordHash,
        emailVerifiedAt: options.emailVerified === false ? null : new Date(),
        platformRole,
        ...(totpKey ? { totpKey: encodeTotpKey(totpKey), totpEnabledAt: new Date() } : {}),
      })
      .returning({ id: users.id });
    if (tenantId && !platformRole) {
      await db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
        await tx.insert(memberships).values({
          tenantId,
          userId: user!.id,
          role: options.role as 'operator',
          status: options.status ?? 'active',
          agencyId: options.agencyId ?? null,
        });
      });
    }
    return { id: user!.id, email, password: TEST_PASSWORD, ...(totpKey ? { totpKey } : {}) };
  } finally {
    await close();
  }
}
