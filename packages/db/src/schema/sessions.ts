import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  pgEnum,
  pgPolicy,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { currentUserId, scopeIsolation, scopeTenantIdColumn } from './roles.js';
import { users } from './users.js';

const bytea = customType<{ data: Uint8Array; driverData: Buffer }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value),
  fromDriver: (value) => new Uint8Array(value),
});

export const sessionScope = pgEnum('session_scope', ['tenant', 'platform', 'national']);

/**
 * Sign-in sessions, one per host they were issued on: a province's sessions are invisible on any other
 * province (row-level security) and the cookie is host-only. Only SHA-256 of the secret is stored.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    secretHash: bytea('secret_hash').notNull(),
    tenantId: scopeTenantIdColumn(),
    scope: sessionScope('scope').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    twoFactorVerified: boolean('two_factor_verified').notNull().default(false),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastVerifiedAt: timestamp('last_verified_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sessions_user').on(t.userId),
    scopeIsolation('sessions'),
    // Password change and "sign out everywhere" end the person's sessions on every host.
    pgPolicy('sessions_owner_select', {
      as: 'permissive',
      for: 'select',
      to: 'public',
      using: sql`user_id = ${currentUserId}`,
    }),
    pgPolicy('sessions_owner_delete', {
      as: 'permissive',
      for: 'delete',
      to: 'public',
      using: sql`user_id = ${currentUserId}`,
    }),
  ],
);
