import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies.js';
import { cases } from './cases.js';
import { currentAgencyId, currentRole, tenantIdColumn, tenantIsolation } from './roles.js';

/** Agency staff see only the ratings of their own agency's answers. */
const agencyScope = sql`${currentRole} is distinct from 'agency_staff' or agency_id = ${currentAgencyId}`;

/**
 * A citizen's rating of the answer they got (1–5, optional comment), given once per case through the
 * signed link of the relay message; `reopened` when they also asked for the case to be handled again.
 */
export const caseFeedback = pgTable(
  'case_feedback',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    caseId: uuid('case_id').notNull(),
    /** The agency whose answer was rated (null for answers from 1022 itself). */
    agencyId: uuid('agency_id'),
    topicId: uuid('topic_id'),
    rating: integer('rating').notNull(),
    comment: text('comment'),
    reopened: boolean('reopened').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('case_feedback_once').on(t.tenantId, t.caseId),
    index('case_feedback_recent').on(t.tenantId, t.createdAt.desc()),
    check('case_feedback_rating', sql`rating between 1 and 5`),
    foreignKey({ columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.tenantId, t.agencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
    tenantIsolation('case_feedback'),
    pgPolicy('case_feedback_agency_scope', {
      as: 'restrictive',
      for: 'all',
      to: 'public',
      using: agencyScope,
      withCheck: agencyScope,
    }),
  ],
);

export type CaseFeedback = typeof caseFeedback.$inferSelect;
