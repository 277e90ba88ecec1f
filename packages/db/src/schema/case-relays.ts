import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { channelKind } from './channels.js';
import { currentRole, tenantIdColumn, tenantIsolation } from './roles.js';

export const relayStatus = pgEnum('relay_status', ['pending', 'sent', 'failed']);

/** Messages carry the citizen's address and the answer: 1022's business, never agency staff's. */
const notAgencyStaff = sql`${currentRole} is distinct from 'agency_staff'`;

/**
 * Every message to a citizen through a channel (the relayed answer, the notice that a duplicate was
 * merged). A channel without an adapter yet keeps its messages pending until one exists; a failed
 * send is retried by the jobs worker.
 */
export const caseRelays = pgTable(
  'case_relays',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    caseId: uuid('case_id').notNull(),
    /** answer | merge_notice */
    kind: text('kind').notNull(),
    channel: channelKind('channel').notNull(),
    status: relayStatus('status').notNull().default('pending'),
    /** E-mail address or phone number the message goes to; null when the channel has the conversation. */
    recipient: text('recipient'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** Relayed by the tenant's automatic setting rather than by a person. */
    automatic: boolean('automatic').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('case_relays_case').on(t.tenantId, t.caseId, t.createdAt),
    index('case_relays_outbox')
      .on(t.tenantId, t.channel, t.createdAt)
      .where(sql`status <> 'sent'`),
    foreignKey({ columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete(
      'cascade',
    ),
    tenantIsolation('case_relays'),
    pgPolicy('case_relays_staff_scope', {
      as: 'restrictive',
      for: 'all',
      to: 'public',
      using: notAgencyStaff,
      withCheck: notAgencyStaff,
    }),
  ],
);

export type CaseRelay = typeof caseRelays.$inferSelect;
