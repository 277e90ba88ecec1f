import { hashPassword, encodeTotpKey } from '@tongdai/auth';
import { eq, sql } from 'drizzle-orm';
import { connect } from '../client.js';
import { agencies } from '../schema/agencies.js';
import { memberships } from '../schema/memberships.js';
import { tenants } from '../schema/tenants.js';
import { users } from '../schema/users.js';

/** Development only: one account per role per province, all with this password. */
export const DEMO_PASSWORD = 'Hotline@1022demo';
/** The demo admins' TOTP key (base32 for authenticator apps: see README). */
export const DEMO_TOTP_KEY = new TextEncoder().encode('tongdai-1022-demo-2f');

type DemoRole = 'tenant_admin' | 'supervisor' | 'operator' | 'agency_staff';
const ROLE_LOGINS: [DemoRole, string, string][] = [
  ['tenant_admin', 'admin', 'Quản trị STTTT'],
  ['supervisor', 'giamsat', 'Trưởng ca giám sát'],
  ['operator', 'tongdaivien', 'Tổng đài viên'],
  ['agency_staff', 'coquan', 'Cán bộ cơ quan'],
];

export const demoEmail = (login: string, slug?: string) => `${login}${slug ? `.${slug}` : ''}@demo.1022.vn`;

/** Creates the demo accounts that are missing; returns how many it created. */
export async function seedDemoAccounts(adminUrl: string): Promise<number> {
  const { db, close } = connect(adminUrl, { max: 1, appName: 'tongdai-seed' });
  let created = 0;
  try {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const totpKey = encodeTotpKey(DEMO_TOTP_KEY);
    const upsertUser = async (
      email: string,
      name: string,
      extra: Partial<typeof users.$inferInsert> = {},
    ) => {
      const found = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (found[0]) return { id: found[0].id, isNew: false };
      const [row] = await db
        .insert(users)
        .values({ email, name, passwordHash, emailVerifiedAt: new Date(), ...extra })
        .returning({ id: users.id });
      created += 1;
      return { id: row!.id, isNew: true };
    };
    const admin2fa = { totpKey, totpEnabledAt: new Date() };
    await upsertUser(demoEmail('platform'), 'Quản trị nền tảng', {
      platformRole: 'platform_admin',
      ...admin2fa,
    });
    await upsertUser(demoEmail('bo'), 'Chuyên viên Bộ', { platformRole: 'ministry_viewer' });
    for (const tenant of await db.select().from(tenants)) {
      if (!['thanhhoa', 'binhthuan', 'haiduong'].includes(tenant.slug)) continue;
      const [agency] = await db
        .select({ id: agencies.id })
        .from(agencies)
        .where(eq(agencies.tenantId, tenant.id))
        .orderBy(agencies.position)
        .limit(1);
      for (const [role, login, title] of ROLE_LOGINS) {
        const extra = role === 'tenant_admin' ? admin2fa : {};
        const user = await upsertUser(demoEmail(login, tenant.slug), `${title} ${tenant.name}`, extra);
        if (!user.isNew) continue;
        await db.transaction(async (tx) => {
          await tx.execute(sql`select set_config('app.tenant_id', ${tenant.id}, true)`);
          await tx.insert(memberships).values({
            tenantId: tenant.id,
            userId: user.id,
            role,
            status: 'active',
            agencyId: role === 'agency_staff' ? (agency?.id ?? null) : null,
            decidedAt: new Date(),
          });
        });
      }
    }
  } finally {
    await close();
  }
  return created;
}
