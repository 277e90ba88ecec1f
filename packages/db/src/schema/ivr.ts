import { sql } from 'drizzle-orm';
import { foreignKey, integer, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.js';
import { tenantIdColumn, tenantIsolation } from './roles.js';
import { topics } from './topics.js';

/** IVR menu branches: a digit routes to a topic and the agencies answering it (Hải Dương's branch 3). */
export const ivrBranches = pgTable(
  'ivr_branches',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    digit: text('digit').notNull(),
    label: text('label').notNull(),
    topicId: uuid('topic_id'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('ivr_branches_digit').on(t.tenantId, t.digit),
    foreignKey({
      columns: [t.tenantId, t.topicId],
      foreignColumns: [topics.tenantId, topics.id],
    }),
    tenantIsolation('ivr_branches'),
  ],
);

export const ivrBranchAgencies = pgTable(
  'ivr_branch_agencies',
  {
    tenantId: tenantIdColumn(),
    branchId: uuid('branch_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.branchId, t.agencyId] }),
    foreignKey({
      columns: [t.tenantId, t.branchId],
      foreignColumns: [ivrBranches.tenantId, ivrBranches.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.agencyId],
      foreignColumns: [agencies.tenantId, agencies.id],
    }).onDelete('cascade'),
    tenantIsolation('ivr_branch_agencies'),
  ],
);
