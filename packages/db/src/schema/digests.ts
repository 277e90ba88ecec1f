import type { DigestLetter } from '@tongdai/core';
import { sql } from 'drizzle-orm';
import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies.js';
import { currentAgencyId, currentRole, tenantIdColumn, tenantIsolation } from './roles.js';

/** Agency staff see only the letters sent to their agency, like their cases. */
const agencyScope = sql`${currentRole} is distinct from 'agency_staff' or agency_id = ${currentAgencyId}`;

/**
 * The daily letters to agencies listing their open escalations. One per agency and day; numbered per
 * province and year as official letters are. `letter` is the letter exactly as issued (the page, the
 * PDF and the e-mail are drawn from it), so later edits to cases or settings never change history.
 */
export const digests = pgTable(
  'digests',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id').notNull(),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    /** The province's local date the digest is for. */
    digestDate: date('digest_date').notNull(),
    caseIds: uuid('case_ids').array().notNull(),
    letter: jsonb('letter').$type<DigestLetter>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the e-mail with the PDF left; null until then (no contact address, or sending failed). */
    sentAt: timestamp('sent_at', { withTimezone: true }),
    sentTo: text('sent_to'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('digests_number').on(t.tenantId, t.year, t.number),
    unique('digests_agency_day').on(t.tenantId, t.agencyId, t.digestDate),
    index('digests_history').on(t.tenantId, t.digestDate.desc(), t.number.desc()),
    foreignKey({ columns: [t.tenantId, t.agencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
    tenantIsolation('digests'),
    pgPolicy('digests_agency_scope', {
      as: 'restrictive',
      for: 'all',
      to: 'public',
      using: agencyScope,
      withCheck: agencyScope,
    }),
  ],
);

/** Per province and year, the last digest number handed out. */
export const digestCounters = pgTable(
  'digest_counters',
  {
    tenantId: tenantIdColumn(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year] }), tenantIsolation('digest_counters')],
);

/**
 * How a province issues its digests: the time of day they go out and the letterhead. Null letterhead
 * fields fall back to the province's registry entry (official name, name).
 */
export const digestSettings = pgTable(
  'digest_settings',
  {
    tenantId: tenantIdColumn().primaryKey(),
    /** Local time 'HH:mm' at which the scheduler runs the day's digests. */
    digestTime: text('digest_time').notNull().default('16:30'),
    /** Governing body above the issuer ("UBND TỈNH THANH HÓA"). */
    parentBody: text('parent_body'),
    /** Issuing body ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH THANH HÓA"); the official name when null. */
    issuerBody: text('issuer_body'),
    /** Symbol after the number: "Số: 12/TĐ1022-STTTT". */
    symbol: text('symbol').notNull().default('TĐ1022-STTTT'),
    /** Place name of the date line; the province's name when null. */
    place: text('place'),
    signerTitle: text('signer_title'),
    signerName: text('signer_name'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [tenantIsolation('digest_settings')],
);

export type Digest = typeof digests.$inferSelect;
export type DigestSettings = typeof digestSettings.$inferSelect;
