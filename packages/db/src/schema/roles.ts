import { sql } from 'drizzle-orm';
import { pgPolicy, pgRole, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants.js';

/** Owns every table; migrations run as this role. Created by the bootstrap, never by migrations. */
export const OWNER_ROLE = 'tongdai_owner';
/** The running API connects as this role: not owner, not superuser, no BYPASSRLS. */
export const APP_ROLE = 'tongdai_app';

export const appRole = pgRole(APP_ROLE).existing();

/** The tenant of the current transaction, set only by `withTenant`. */
export const currentTenantId = sql`(select nullif(current_setting('app.tenant_id', true), '')::uuid)`;

export const currentUserId = sql`(select nullif(current_setting('app.user_id', true), '')::uuid)`;
export const currentRole = sql`(select nullif(current_setting('app.role', true), ''))`;
export const currentAgencyId = sql`(select nullif(current_setting('app.agency_id', true), '')::uuid)`;
/** Set only while signing in, signing up or resetting a password: the e-mail the person typed. */
export const lookupEmail = sql`(select nullif(current_setting('app.lookup_email', true), ''))`;

/** Column shared by every tenant table; always the first column of its keys. */
export const tenantIdColumn = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id, { onDelete: 'restrict' });

/**
 * The isolation policy every tenant table carries. It applies to all roles (the owner too, since
 * tables FORCE row-level security), so a row is visible and writable only inside its tenant's context.
 */
export const tenantIsolation = (table: string) =>
  pgPolicy(`${table}_tenant_isolation`, {
    as: 'permissive',
    for: 'all',
    to: 'public',
    using: sql`tenant_id = ${currentTenantId}`,
    withCheck: sql`tenant_id = ${currentTenantId}`,
  });

/** Nullable tenant column for rows that may belong to the platform itself (sessions, audit, tokens). */
export const scopeTenantIdColumn = () =>
  uuid('tenant_id').references(() => tenants.id, { onDelete: 'restrict' });

/**
 * Isolation for tables whose rows belong to one province or, with a NULL tenant, to the platform:
 * rows are visible only in the matching context (a province's rows never on the platform and vice versa).
 */
export const scopeIsolation = (table: string) =>
  pgPolicy(`${table}_scope_isolation`, {
    as: 'permissive',
    for: 'all',
    to: 'public',
    using: sql`tenant_id is not distinct from ${currentTenantId}`,
    withCheck: sql`tenant_id is not distinct from ${currentTenantId}`,
  });
