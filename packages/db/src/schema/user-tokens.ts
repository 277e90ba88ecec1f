import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { scopeIsolation, scopeTenantIdColumn } from './roles.js';
import { users } from './users.js';

export const userTokenPurpose = pgEnum('user_token_purpose', ['verify_email', 'reset_password']);

/** Single-use links sent by e-mail; usable only on the host (province or platform) that issued them. */
export const userTokens = pgTable(
  'user_tokens',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    tenantId: scopeTenantIdColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: userTokenPurpose('purpose').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('user_tokens_user').on(t.userId), scopeIsolation('user_tokens')],
);
