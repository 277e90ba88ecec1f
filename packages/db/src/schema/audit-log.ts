import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { scopeIsolation, scopeTenantIdColumn } from './roles.js';

/**
 * Append-only record of sign-ins, approvals, role changes, invitations and reads of personal data.
 * The app role may insert and read it (in its own scope), never update or delete it.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: scopeTenantIdColumn(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    /** E-mail typed at a failed sign-in, or the actor's e-mail, for reading the log. */
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    details: jsonb('details')
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [index('audit_log_scope_time').on(t.tenantId, t.at.desc()), scopeIsolation('audit_log')],
);
