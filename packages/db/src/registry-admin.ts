import { eq } from 'drizzle-orm';
import { connect } from './client.js';
import { tenants, type Tenant } from './schema/tenants.js';

/**
 * Writes to the tenant registry, which the app role may only read. Used by the platform admin's
 * service alone; it holds its own small pool on the owner/admin connection.
 */
export interface TenantRegistryAdmin {
  createTenant(values: {
    slug: string;
    name: string;
    officialName: string;
    areaCode: string;
  }): Promise<Tenant>;
  setTenantStatus(slug: string, status: Tenant['status']): Promise<Tenant | undefined>;
  updateTenantDetails(
    id: string,
    values: { officialName: string; areaCode: string },
  ): Promise<Tenant | undefined>;
  close(): Promise<void>;
}

export function createTenantRegistryAdmin(adminUrl: string): TenantRegistryAdmin {
  const { db, close } = connect(adminUrl, { max: 2, appName: 'tongdai-registry' });
  return {
    createTenant: async (values) => {
      const [row] = await db
        .insert(tenants)
        .values({ ...values, status: 'onboarding' })
        .returning();
      return row!;
    },
    setTenantStatus: async (slug, status) =>
      (await db.update(tenants).set({ status }).where(eq(tenants.slug, slug)).returning())[0],
    updateTenantDetails: async (id, values) =>
      (await db.update(tenants).set(values).where(eq(tenants.id, id)).returning())[0],
    close,
  };
}
