import { sql } from 'drizzle-orm';
import { foreignKey, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantIdColumn, tenantIsolation } from './roles.js';
import { topics } from './topics.js';

export const faqState = pgEnum('faq_state', ['draft', 'internal', 'public']);

/** Questions and answers operators answer from, and citizens search on the portal. */
export const faqEntries = pgTable(
  'faq_entries',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    topicId: uuid('topic_id'),
    question: text('question').notNull(),
    answer: text('answer').notNull(),
    keywords: text('keywords')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    state: faqState('state').notNull().default('draft'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.topicId],
      foreignColumns: [topics.tenantId, topics.id],
    }),
    tenantIsolation('faq_entries'),
  ],
);
