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
import { currentAgencyId, currentRole, tenantIdColumn, tenantIsolation } from './roles.js';
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
    index('cases_search').using('gin', t.searchVector),
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
    foreignKey({ columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete(
      'cascade',
    ),
    tenantIsolation('case_events'),
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
