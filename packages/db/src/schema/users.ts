import { sql } from 'drizzle-orm';
import { bigint, pgEnum, pgPolicy, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { currentTenantId, currentUserId, lookupEmail } from './roles.js';

export const platformRole = pgEnum('platform_role', ['platform_admin', 'ministry_viewer']);

/**
 * People with an account. A person is one row across provinces; what they may do in a province is
 * their membership there. Visible only to themselves, to provinces they belong to, and to the
 * sign-in that knows their e-mail.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    /** Stored lowercased. */
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    phone: text('phone'),
    passwordHash: text('password_hash').notNull(),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    platformRole: platformRole('platform_role'),
    totpKey: text('totp_key'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The 30-second step of the last accepted code: a code is never accepted twice. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    recoveryCodeHashes: text('recovery_code_hashes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    pgPolicy('users_visible', {
      as: 'permissive',
      for: 'select',
      to: 'public',
      using: sql`id = ${currentUserId} or email = ${lookupEmail}
        or exists (select 1 from memberships m where m.user_id = users.id and m.tenant_id = ${currentTenantId})`,
    }),
    pgPolicy('users_signup', { as: 'permissive', for: 'insert', to: 'public', withCheck: sql`true` }),
    pgPolicy('users_update_self', {
      as: 'permissive',
      for: 'update',
      to: 'public',
      using: sql`id = ${currentUserId}`,
      withCheck: sql`id = ${currentUserId}`,
    }),
  ],
);

export type User = typeof users.$inferSelect;
