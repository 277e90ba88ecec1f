import { sql, type SQL } from 'drizzle-orm';
import {
  bigint,
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies.js';
import { channelKind } from './channels.js';
import { currentAgencyId, currentRole, currentUserId, tenantIdColumn, tenantIsolation } from './roles.js';
import { users } from './users.js';
import { slaClasses } from './sla.js';
import { topics } from './topics.js';

export const caseStatus = pgEnum('case_status', [
  'received',
  'classified',
  'transferring',
  'escalated',
  'answered',
  'relayed',
  'closed',
  'acknowledged',
  'waiting_citizen',
  'merged',
]);
export const caseUrgency = pgEnum('case_urgency', ['normal', 'urgent']);
export const slaStateEnum = pgEnum('sla_state', ['on_track', 'at_risk', 'breached']);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Agency staff see only their agency's cases: restrictive, under the tenant isolation policy. */
const agencyScope = sql`${currentRole} is distinct from 'agency_staff' or agency_id = ${currentAgencyId}`;

/**
 * Rows hanging off a case (timeline, transfer log) follow the case's visibility: agency staff see them
 * only for cases the `cases` policies show them.
 */
export const caseScope = (table: string) => {
  const visible = sql.raw(
    `exists (select 1 from cases c where c.tenant_id = ${table}.tenant_id and c.id = ${table}.case_id)`,
  );
  const using = sql`${currentRole} is distinct from 'agency_staff' or ${visible}`;
  return pgPolicy(`${table}_case_scope`, {
    as: 'restrictive',
    for: 'all',
    to: 'public',
    using,
    withCheck: using,
  });
};

/**
 * A case still needs work: neither closed nor merged (a merged case always points to its original).
 * Written without the enum labels added in migration 0006, which Postgres 15 refuses to use in the
 * transaction that adds them (a fresh database runs every migration in one transaction).
 */
const OPEN = sql.raw(`status <> 'closed' and merged_into is null`);

/**
 * A citizen's request from any channel. Status only changes through the core state machine; every
 * change is an event in `case_events`. Indexes lead with tenant_id and serve the inbox filters with
 * keyset pagination on (received_at, id).
 */
export const cases = pgTable(
  'cases',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    code: text('code').notNull(),
    channel: channelKind('channel').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    topicId: uuid('topic_id'),
    slaClassId: uuid('sla_class_id'),
    urgency: caseUrgency('urgency'),
    agencyId: uuid('agency_id'),
    operatorId: uuid('operator_id'),
    status: caseStatus('status').notNull().default('received'),
    content: text('content').notNull(),
    citizenName: text('citizen_name'),
    citizenPhone: text('citizen_phone'),
    citizenEmail: text('citizen_email'),
    citizenAddress: text('citizen_address'),
    commune: text('commune'),
    ackDueAt: timestamp('ack_due_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    slaState: slaStateEnum('sla_state').notNull().default('on_track'),
    answer: jsonb('answer'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    resumeTo: caseStatus('resume_to'),
    pausedSince: timestamp('paused_since', { withTimezone: true }),
    pausedMinutes: integer('paused_minutes').notNull().default(0),
    mergedInto: uuid('merged_into'),
    idempotencyKey: text('idempotency_key'),
    /** SHA-256 of the create request's body: a reused key with another body is refused. */
    idempotencyFingerprint: text('idempotency_fingerprint'),
    /** When the current due times were computed from (reception, or the last escalation). */
    slaStartedAt: timestamp('sla_started_at', { withTimezone: true }),
    /** When 75 % of the allowed time is used; moved with due_at when the clock pauses. */
    atRiskAt: timestamp('at_risk_at', { withTimezone: true }),
    /** Next instant the SLA sweep must look at the case (at-risk or due); null when the clock is not running. */
    slaWatchAt: timestamp('sla_watch_at', { withTimezone: true }),
    /** Optimistic concurrency: every change by a person increments it; a stale version is refused. */
    version: integer('version').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      (): SQL => sql`to_tsvector('simple', f_unaccent(coalesce(code, '') || ' ' || coalesce(content, '')))`,
    ),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('cases_code').on(t.tenantId, t.code),
    uniqueIndex('cases_idempotency')
      .on(t.tenantId, t.idempotencyKey)
      .where(sql`idempotency_key is not null`),
    index('cases_inbox').on(t.tenantId, t.receivedAt.desc(), t.id.desc()),
    index('cases_by_status').on(t.tenantId, t.status, t.receivedAt.desc(), t.id.desc()),
    index('cases_by_channel').on(t.tenantId, t.channel, t.receivedAt.desc(), t.id.desc()),
    index('cases_by_topic').on(t.tenantId, t.topicId, t.receivedAt.desc(), t.id.desc()),
    index('cases_by_agency').on(t.tenantId, t.agencyId, t.receivedAt.desc(), t.id.desc()),
    index('cases_by_operator').on(t.tenantId, t.operatorId, t.receivedAt.desc(), t.id.desc()),
    index('cases_by_sla').on(t.tenantId, t.slaState, t.receivedAt.desc(), t.id.desc()),
    index('cases_by_phone').on(t.tenantId, t.citizenPhone, t.receivedAt.desc()),
    // No pending list: new cases go straight into the index. With it (the default), every search
    // also read the list linearly, +7 ms per rare-word search at 5,000 unmerged cases.
    index('cases_search').using('gin', t.searchVector).with({ fastupdate: false }),
    // The monthly report's closings (closed in a month, or open at its end and closed since).
    index('cases_closed')
      .on(t.tenantId, t.closedAt)
      .where(sql`closed_at is not null`),
    index('cases_open_queue').on(t.tenantId, t.slaState, t.dueAt, t.id).where(OPEN),
    // Supervisors' counts per agency and per operator in one index-only scan (grouping sets).
    index('cases_open_counts').on(t.tenantId, t.agencyId, t.operatorId, t.slaState).where(OPEN),
    index('cases_sla_watch')
      .on(t.tenantId, t.slaWatchAt)
      .where(sql`sla_watch_at is not null`),
    foreignKey({ columns: [t.tenantId, t.topicId], foreignColumns: [topics.tenantId, topics.id] }),
    foreignKey({ columns: [t.tenantId, t.agencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
    foreignKey({ columns: [t.tenantId, t.slaClassId], foreignColumns: [slaClasses.tenantId, slaClasses.id] }),
    tenantIsolation('cases'),
    pgPolicy('cases_agency_scope', {
      as: 'restrictive',
      for: 'all',
      to: 'public',
      using: agencyScope,
      withCheck: agencyScope,
    }),
  ],
);

/** The append-only timeline of a case: who did what, when, with the event's data. */
export const caseEvents = pgTable(
  'case_events',
  {
    tenantId: tenantIdColumn(),
    id: bigint('id', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    caseId: uuid('case_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    type: text('type').notNull(),
    /** Hidden from the citizen's status page (internal notes, transfer numbers). */
    visibility: text('visibility').notNull().default('internal'),
    data: jsonb('data')
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('case_events_case').on(t.tenantId, t.caseId, t.id),
    // The monthly report counts these events per month; the rest of the timeline stays out.
    index('case_events_reported')
      .on(t.tenantId, t.at)
      .where(sql`type in ('escalated', 'agency_answered', 'answered_from_faq')`),
    foreignKey({ columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete(
      'cascade',
    ),
    tenantIsolation('case_events'),
    caseScope('case_events'),
  ],
);

/** Per province and year, the last case number handed out (TH-2026-000123). */
export const caseCounters = pgTable(
  'case_counters',
  {
    tenantId: tenantIdColumn(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year] }), tenantIsolation('case_counters')],
);

export const transferOutcome = pgEnum('transfer_outcome', ['busy', 'no_answer', 'failed', 'answered']);

/**
 * Every call an operator tried to put through to an agency number, across cases: the failover order
 * reads the recent outcomes per number so a line that was just busy is rested. Append-only.
 */
export const transferAttempts = pgTable(
  'transfer_attempts',
  {
    tenantId: tenantIdColumn(),
    id: bigint('id', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    caseId: uuid('case_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    hotlineId: uuid('hotline_id'),
    phone: text('phone').notNull(),
    outcome: transferOutcome('outcome').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    operatorId: uuid('operator_id'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('transfer_attempts_agency').on(t.tenantId, t.agencyId, t.at.desc()),
    index('transfer_attempts_case').on(t.tenantId, t.caseId, t.id),
    foreignKey({ columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.tenantId, t.agencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
    tenantIsolation('transfer_attempts'),
    caseScope('transfer_attempts'),
  ],
);

/** Staff see only their own notifications; the SLA job (role `system`) sees everyone's. */
const ownNotifications = sql`coalesce(${currentRole}, '') not in ('tenant_admin', 'supervisor', 'operator', 'agency_staff') or user_id = ${currentUserId}`;

/**
 * In-app notifications (SLA at risk / breached) and the e-mails that go with them. `dedupe_key` names
 * the fact (e.g. `sla_breached:<case>:<due>`) and `recipient` who hears of it, so a restarted or
 * duplicated job can never notify anyone twice. Rows for an agency's contact address have no user.
 */
export const notifications = pgTable(
  'notifications',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    /** `user:<uuid>` or `email:<address>`. */
    recipient: text('recipient').notNull(),
    /** The person whose action caused it; null for the SLA job. */
    sentBy: uuid('sent_by'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    caseId: uuid('case_id'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** Where the e-mail goes; null for in-app only. */
    emailTo: text('email_to'),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    emailAttempts: integer('email_attempts').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('notifications_once').on(t.tenantId, t.dedupeKey, t.recipient),
    index('notifications_inbox').on(t.tenantId, t.userId, t.createdAt.desc()),
    index('notifications_outbox')
      .on(t.tenantId, t.createdAt)
      .where(sql`email_to is not null and emailed_at is null`),
    foreignKey({ columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete(
      'cascade',
    ),
    tenantIsolation('notifications'),
    // Anyone in the province may notify others (an escalation tells the agency) and read what they
    // sent (INSERT … ON CONFLICT checks the new row against the read policy); only the recipient marks it read.
    pgPolicy('notifications_recipient_read', {
      as: 'restrictive',
      for: 'select',
      to: 'public',
      using: sql`${ownNotifications} or sent_by = ${currentUserId}`,
    }),
    pgPolicy('notifications_recipient_update', {
      as: 'restrictive',
      for: 'update',
      to: 'public',
      using: ownNotifications,
      withCheck: ownNotifications,
    }),
  ],
);
