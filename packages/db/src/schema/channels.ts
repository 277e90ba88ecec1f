import { sql } from 'drizzle-orm';
import { integer, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { CASE_CHANNELS } from '@tongdai/core';
import { tenantIdColumn, tenantIsolation } from './roles.js';

export const channelKind = pgEnum('channel_kind', CASE_CHANNELS);

/** How citizens reach a province's 1022: numbers, portal, e-mail, Zalo OA, Facebook page. */
export const channels = pgTable(
  'channels',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    kind: channelKind('kind').notNull(),
    label: text('label').notNull(),
    value: text('value').notNull(),
    note: text('note'),
    position: integer('position').notNull().default(0),
    /** Integration secret (tokens, passwords), AES-GCM encrypted with a key from the environment. */
    secretCiphertext: text('secret_ciphertext'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), tenantIsolation('channels')],
);
