export { createAppDb, type AppDb, type RequestContext, type TenantContext } from './tenant.js';
export type { Database, Tx } from './client.js';
export type { MigrationStatus } from './migrations.js';
export * as queries from './queries/index.js';
export type { Tenant } from './schema/tenants.js';
export type { User } from './schema/users.js';
export type { Membership } from './schema/memberships.js';
export { appUrlFor, withUser, withDatabase, databaseName } from './urls.js';
export type { TenantRegistryAdmin } from './registry-admin.js';
