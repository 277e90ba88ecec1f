import { sql } from 'drizzle-orm';
import { TENANT_STATUSES } from '@tongdai/core';
import { pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const tenantStatus = pgEnum('tenant_status', TENANT_STATUSES);

/**
 * The registry of provinces. Not a tenant table: it is how a Host header finds its tenant.
 * The app role may only read it; platform administration writes it through the admin connection.
 */
export const tenants = pgTable('tenants', {
  id: uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  officialName: text('official_name').notNull(),
  areaCode: text('area_code').notNull(),
  /** Prefix of the province's case codes (TH-2026-000123); derived from the slug when null. */
  caseCodePrefix: text('case_code_prefix'),
  timeZone: text('time_zone').notNull().default('Asia/Ho_Chi_Minh'),
  status: tenantStatus('status').notNull().default('onboarding'),
  /** When provinces merge (1 July 2025 reform), the old tenant points to its successor. */
  mergedIntoId: uuid('merged_into_id'),
  openedAt: timestamp('opened_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Tenant = typeof tenants.$inferSelect;
