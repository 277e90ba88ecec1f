import { sql } from 'drizzle-orm';
import { foreignKey, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.js';
import { tenantRole } from './memberships.js';
import { tenantIdColumn, tenantIsolation } from './roles.js';

/** An e-mailed, single-use, expiring invitation to join a province with a role. */
export const invitations = pgTable(
  'invitations',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    email: text('email').notNull(),
    role: tenantRole('role').notNull(),
    agencyId: uuid('agency_id'),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('invitations_token').on(t.tenantId, t.tokenHash),
    foreignKey({ columns: [t.tenantId, t.agencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
    tenantIsolation('invitations'),
  ],
);
