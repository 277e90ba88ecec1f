import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  pgEnum,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies.js';
import { cases } from './cases.js';
import { currentAgencyId, currentRole, tenantIdColumn, tenantIsolation } from './roles.js';

export const extensionStatus = pgEnum('extension_status', ['pending', 'approved', 'refused']);

/** Agency staff see and file only their own agency's requests, like their cases. */
const agencyScope = sql`${currentRole} is distinct from 'agency_staff' or agency_id = ${currentAgencyId}`;

/**
 * An agency's request for more time on an escalated case, and the supervisor's decision. At most one
 * request per case waits at a time; the decision moves the case's deadline through the state machine.
 */
export const caseExtensions = pgTable(
  'case_extensions',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    caseId: uuid('case_id').notNull(),
    /** The agency that asked (the case's agency at the time). */
    agencyId: uuid('agency_id').notNull(),
    status: extensionStatus('status').notNull().default('pending'),
    reason: text('reason').notNull(),
    requestedDueAt: timestamp('requested_due_at', { withTimezone: true }).notNull(),
    /** The case's deadline when the request was filed. */
    previousDueAt: timestamp('previous_due_at', { withTimezone: true }),
    requestedBy: uuid('requested_by'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    /** The deadline granted (the requested one unless the supervisor set another). */
    grantedDueAt: timestamp('granted_due_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('case_extensions_one_pending')
      .on(t.tenantId, t.caseId)
      .where(sql`status = 'pending'`),
    index('case_extensions_by_status').on(t.tenantId, t.status, t.requestedAt.desc()),
    index('case_extensions_case').on(t.tenantId, t.caseId, t.requestedAt),
    foreignKey({ columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.tenantId, t.agencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
    tenantIsolation('case_extensions'),
    pgPolicy('case_extensions_agency_scope', {
      as: 'restrictive',
      for: 'all',
      to: 'public',
      using: agencyScope,
      withCheck: agencyScope,
    }),
  ],
);

export type CaseExtension = typeof caseExtensions.$inferSelect;
