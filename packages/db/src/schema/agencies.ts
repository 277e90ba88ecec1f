import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantIdColumn, tenantIsolation } from './roles.js';

export const agencyKind = pgEnum('agency_kind', [
  'department',
  'district',
  'commune',
  'health_centre',
  'hospital',
  'other',
]);

export type HotlineSchedule =
  { kind: '24/7' } | { kind: 'weekly'; slots: { weekday: number; start: string; end: string }[] };

/** Departments, district/commune committees and health centres that answer escalated requests. */
export const agencies = pgTable(
  'agencies',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: agencyKind('kind').notNull(),
    /** false: operators escalate in writing instead of transferring calls. */
    transferEnabled: boolean('transfer_enabled').notNull().default(true),
    parentId: uuid('parent_id'),
    contactEmail: text('contact_email'),
    active: boolean('active').notNull().default(true),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('agencies_tenant_code').on(t.tenantId, t.code),
    foreignKey({ columns: [t.tenantId, t.parentId], foreignColumns: [t.tenantId, t.id] }),
    tenantIsolation('agencies'),
  ],
);

/** An agency's hotline numbers in failover order. */
export const agencyHotlines = pgTable(
  'agency_hotlines',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id').notNull(),
    position: integer('position').notNull(),
    phone: text('phone').notNull(),
    active: boolean('active').notNull().default(true),
    /** `{ kind: '24/7' }` or weekly slots in local time, read by the failover order. */
    schedule: jsonb('schedule')
      .$type<HotlineSchedule>()
      .notNull()
      .default(sql`'{"kind":"24/7"}'::jsonb`),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('agency_hotlines_order').on(t.tenantId, t.agencyId, t.position),
    foreignKey({
      columns: [t.tenantId, t.agencyId],
      foreignColumns: [agencies.tenantId, agencies.id],
    }).onDelete('cascade'),
    tenantIsolation('agency_hotlines'),
  ],
);
