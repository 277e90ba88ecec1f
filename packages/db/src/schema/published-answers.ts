import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies.js';
import { cases } from './cases.js';
import { currentRole, tenantIdColumn, tenantIsolation } from './roles.js';
import { topics } from './topics.js';

/** Public text is readable by everyone in the province; only 1022's staff publish or withdraw it. */
const notAgencyStaff = sql`${currentRole} is distinct from 'agency_staff'`;

/**
 * An answered case published on the portal as a question and answer, after redaction: the text here
 * is what the public reads, checked by the server for phones and e-mails before it was saved. Withdrawn
 * answers stay (history) but are no longer shown.
 */
export const publishedAnswers = pgTable(
  'published_answers',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    caseId: uuid('case_id').notNull(),
    topicId: uuid('topic_id'),
    /** The agency whose answer it is: a public body, named on the page. */
    agencyId: uuid('agency_id'),
    question: text('question').notNull(),
    /** Markdown source, safe HTML and plain text, as for FAQ answers. */
    answer: text('answer').notNull(),
    answerHtml: text('answer_html').notNull(),
    answerText: text('answer_text').notNull(),
    /** The FAQ entry made from it, when there is one. */
    faqId: uuid('faq_id'),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('published_answers_case').on(t.tenantId, t.caseId),
    index('published_answers_recent')
      .on(t.tenantId, t.publishedAt.desc(), t.id)
      .where(sql`withdrawn_at is null`),
    foreignKey({ columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }),
    foreignKey({ columns: [t.tenantId, t.topicId], foreignColumns: [topics.tenantId, topics.id] }),
    foreignKey({ columns: [t.tenantId, t.agencyId], foreignColumns: [agencies.tenantId, agencies.id] }),
    tenantIsolation('published_answers'),
    pgPolicy('published_answers_staff_write', {
      as: 'restrictive',
      for: 'all',
      to: 'public',
      using: sql`true`,
      withCheck: notAgencyStaff,
    }),
  ],
);

export type PublishedAnswer = typeof publishedAnswers.$inferSelect;
