import { sql } from 'drizzle-orm';
import { foreignKey, integer, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.js';
import { slaClasses } from './sla.js';
import { tenantIdColumn, tenantIsolation } from './roles.js';

/** A province's request taxonomy (Thanh Hóa's ten topics are the default template). */
export const topics = pgTable(
  'topics',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    code: text('code').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    defaultAgencyId: uuid('default_agency_id'),
    slaClassId: uuid('sla_class_id'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('topics_tenant_code').on(t.tenantId, t.code),
    foreignKey({
      columns: [t.tenantId, t.defaultAgencyId],
      foreignColumns: [agencies.tenantId, agencies.id],
    }),
    foreignKey({ columns: [t.tenantId, t.slaClassId], foreignColumns: [slaClasses.tenantId, slaClasses.id] }),
    tenantIsolation('topics'),
  ],
);
