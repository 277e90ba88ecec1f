import { sql } from 'drizzle-orm';
import { date, foreignKey, index, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.js';
import { ivrBranches } from './ivr.js';
import { tenantIdColumn, tenantIsolation } from './roles.js';

/** Who answers an IVR branch when, week by week (Hải Dương's branch 3: named on-duty staff). */
export const dutyRoster = pgTable(
  'duty_roster',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    branchId: uuid('branch_id').notNull(),
    agencyId: uuid('agency_id'),
    /** Monday of the week, local date. */
    weekStart: date('week_start').notNull(),
    /** 1 = Monday … 7 = Sunday. */
    weekday: smallint('weekday').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    name: text('name').notNull(),
    phone: text('phone').notNull(),
    email: text('email'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('duty_roster_week').on(t.tenantId, t.branchId, t.weekStart),
    foreignKey({
      columns: [t.tenantId, t.branchId],
      foreignColumns: [ivrBranches.tenantId, ivrBranches.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.agencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
    tenantIsolation('duty_roster'),
  ],
);
