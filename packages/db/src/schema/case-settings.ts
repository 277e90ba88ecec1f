import { boolean, check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { tenantIdColumn, tenantIsolation } from './roles.js';

/**
 * How a province handles answers once an agency has written them: relayed to the citizen at once or
 * by an operator, and how many days after closing the citizen may rate and reopen. `link_key` signs
 * the citizens' feedback links (HMAC); sealed with SECRETS_KEY, never returned by the API.
 */
export const caseSettings = pgTable(
  'case_settings',
  {
    tenantId: tenantIdColumn().primaryKey(),
    autoRelay: boolean('auto_relay').notNull().default(false),
    feedbackWindowDays: integer('feedback_window_days').notNull().default(7),
    linkKey: text('link_key'),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    check('case_settings_window', sql`feedback_window_days between 1 and 60`),
    tenantIsolation('case_settings'),
  ],
);

export type CaseSettings = typeof caseSettings.$inferSelect;
