import { sql, type SQL } from 'drizzle-orm';
import {
  bigint,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies.js';
import { tenantIdColumn, tenantIsolation } from './roles.js';
import { topics } from './topics.js';

export const faqState = pgEnum('faq_state', ['draft', 'internal', 'public']);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Questions and answers operators answer from, and citizens search on the portal. The answer is kept
 * as Markdown (edited), sanitised HTML (shown) and plain text (indexed). `search_vector` weighs the
 * question A, keywords B and answer C; `search_text` is the folded question and keywords for pg_trgm.
 * Both come from IMMUTABLE wrappers around unaccent (see the migration that creates them).
 */
export const faqEntries = pgTable(
  'faq_entries',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    topicId: uuid('topic_id'),
    question: text('question').notNull(),
    /** Markdown source. */
    answer: text('answer').notNull(),
    answerHtml: text('answer_html').notNull().default(''),
    answerText: text('answer_text').notNull().default(''),
    keywords: text('keywords')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sourceAgencyId: uuid('source_agency_id'),
    state: faqState('state').notNull().default('draft'),
    /** Last day (province's calendar) the answer holds; null = no end. */
    validUntil: date('valid_until', { mode: 'string' }),
    /** Times operators answered with this entry. */
    usageCount: integer('usage_count').notNull().default(0),
    /** Bumped on every edit; an edit based on an older revision is refused. */
    revision: integer('revision').notNull().default(1),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      (): SQL => sql`public.f_faq_document(question, keywords, answer_text)`,
    ),
    searchText: text('search_text').generatedAlwaysAs((): SQL => sql`public.f_faq_fold(question, keywords)`),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.topicId],
      foreignColumns: [topics.tenantId, topics.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.sourceAgencyId],
      foreignColumns: [agencies.tenantId, agencies.id],
    }),
    index('faq_entries_search').using('gin', t.searchVector),
    index('faq_entries_trgm').using('gin', t.searchText.op('gin_trgm_ops')),
    index('faq_entries_by_topic').on(t.tenantId, t.topicId, t.state),
    index('faq_entries_recent').on(t.tenantId, t.updatedAt.desc(), t.id),
    tenantIsolation('faq_entries'),
  ],
);

/** Who changed an entry, when, and each field's value before and after. Append-only for the app. */
export const faqRevisions = pgTable(
  'faq_revisions',
  {
    tenantId: tenantIdColumn(),
    id: bigint('id', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    faqId: uuid('faq_id').notNull(),
    revision: integer('revision').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    /** Kept as it was then: people leave provinces, history stays readable. */
    actorName: text('actor_name'),
    /** create | update | import */
    action: text('action').notNull(),
    changes: jsonb('changes')
      .notNull()
      .default(sql`'[]'::jsonb`),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('faq_revisions_entry').on(t.tenantId, t.faqId, t.id),
    foreignKey({
      columns: [t.tenantId, t.faqId],
      foreignColumns: [faqEntries.tenantId, faqEntries.id],
    }).onDelete('cascade'),
    tenantIsolation('faq_revisions'),
  ],
);

/** A province's search synonyms: the term and its equivalents are searched as one ("F0" ~ "người nhiễm"). */
export const faqSynonyms = pgTable(
  'faq_synonyms',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    term: text('term').notNull(),
    equivalents: text('equivalents')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('faq_synonyms_term').on(t.tenantId, t.term),
    tenantIsolation('faq_synonyms'),
  ],
);

/**
 * The province's search vocabulary: every lexeme of its entries with the number of entries holding it.
 * Kept by statement triggers on faq_entries; gives search its word weights (idf) and, through its
 * trigram index, the corrections for misspelt words.
 */
export const faqTerms = pgTable(
  'faq_terms',
  {
    tenantId: tenantIdColumn(),
    term: text('term').notNull(),
    ndoc: integer('ndoc').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.term] }),
    index('faq_terms_trgm').using('gin', t.term.op('gin_trgm_ops')),
    tenantIsolation('faq_terms'),
  ],
);
