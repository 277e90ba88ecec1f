import { sql } from 'drizzle-orm';
import { foreignKey, index, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { tenantIdColumn, tenantIsolation } from './roles.js';

/**
 * Keys for Open311 clients (third-party apps, other portals), issued and revoked by the province's
 * admin. Only the SHA-256 of the key is kept; `prefix` lets the admin recognise which key is which.
 */
export const open311ApiKeys = pgTable(
  'open311_api_keys',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('open311_api_keys_hash').on(t.tenantId, t.keyHash),
    tenantIsolation('open311_api_keys'),
  ],
);

/**
 * Which key created which case, and the spec's `token` for it (GET tokens/{token}). One row per case;
 * the client's own request id, when it sent one, is part of the intake's idempotency key.
 */
export const open311Requests = pgTable(
  'open311_requests',
  {
    tenantId: tenantIdColumn(),
    token: uuid('token')
      .notNull()
      .default(sql`gen_random_uuid()`),
    caseId: uuid('case_id').notNull(),
    apiKeyId: uuid('api_key_id').notNull(),
    clientRequestId: text('client_request_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.token] }),
    unique('open311_requests_case').on(t.tenantId, t.caseId),
    index('open311_requests_key').on(t.tenantId, t.apiKeyId),
    foreignKey({ columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete(
      'cascade',
    ),
    foreignKey({
      columns: [t.tenantId, t.apiKeyId],
      foreignColumns: [open311ApiKeys.tenantId, open311ApiKeys.id],
    }),
    tenantIsolation('open311_requests'),
  ],
);

export type Open311ApiKey = typeof open311ApiKeys.$inferSelect;
