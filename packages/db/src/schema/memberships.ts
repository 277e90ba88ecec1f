import { foreignKey, pgEnum, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.js';
import { tenantIdColumn, tenantIsolation } from './roles.js';
import { users } from './users.js';

export const tenantRole = pgEnum('tenant_role', ['tenant_admin', 'supervisor', 'operator', 'agency_staff']);
export const membershipStatus = pgEnum('membership_status', ['pending', 'active', 'rejected', 'deactivated']);

/** A person's role in one province; pending until a tenant admin approves it. */
export const memberships = pgTable(
  'memberships',
  {
    tenantId: tenantIdColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: tenantRole('role').notNull(),
    /** Agency staff only: the one agency whose cases they see. */
    agencyId: uuid('agency_id'),
    status: membershipStatus('status').notNull().default('pending'),
    requestedRole: tenantRole('requested_role'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId] }),
    foreignKey({ columns: [t.tenantId, t.agencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
    tenantIsolation('memberships'),
  ],
);

export type Membership = typeof memberships.$inferSelect;
