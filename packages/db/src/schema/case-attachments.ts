import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  foreignKey,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { caseScope, cases } from './cases.js';
import { tenantIdColumn, tenantIsolation } from './roles.js';

/** Which side added the file: 1022's staff, the agency handling the case, or the citizen. */
export const attachmentSource = pgEnum('attachment_source', ['operator', 'agency', 'citizen']);

/**
 * Files on a case (photos, letters, call recordings). The bytes live in the attachment store
 * (`<DATA_DIR>/attachments/<tenant>/<yyyy of created_at, UTC>/<id>`); the row holds what people see
 * and the checksum. Agency staff see only files of cases their agency handles (the case's policies).
 * A withdrawn file's bytes are deleted; its row stays as a tombstone (who, when, why) and the app role
 * may update only the three withdrawal columns, never delete a row.
 */
export const caseAttachments = pgTable(
  'case_attachments',
  {
    tenantId: tenantIdColumn(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    caseId: uuid('case_id').notNull(),
    /** The display name, sanitised; never part of a path on disk. */
    fileName: text('file_name').notNull(),
    /** Detected from the bytes, never taken from the client. */
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    /** Hex SHA-256 of the bytes. */
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by'),
    source: attachmentSource('source').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by'),
    withdrawalReason: text('withdrawal_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('case_attachments_case').on(t.tenantId, t.caseId, t.createdAt),
    foreignKey({ columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete(
      'cascade',
    ),
    check('case_attachments_withdrawal_reason', sql`(withdrawn_at is null) = (withdrawal_reason is null)`),
    tenantIsolation('case_attachments'),
    caseScope('case_attachments'),
  ],
);

export type CaseAttachment = typeof caseAttachments.$inferSelect;
