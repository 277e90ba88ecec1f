import { and, asc, count, eq } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { caseAttachments } from '../schema/case-attachments.js';
import { users } from '../schema/users.js';

export type AttachmentInsert = typeof caseAttachments.$inferInsert & { id: string; createdAt: Date };
export type AttachmentSourceValue = (typeof caseAttachments.source.enumValues)[number];

const namedColumns = {
  id: caseAttachments.id,
  caseId: caseAttachments.caseId,
  fileName: caseAttachments.fileName,
  contentType: caseAttachments.contentType,
  sizeBytes: caseAttachments.sizeBytes,
  sha256: caseAttachments.sha256,
  source: caseAttachments.source,
  createdAt: caseAttachments.createdAt,
  uploadedBy: caseAttachments.uploadedBy,
  uploadedByName: users.name,
};

export type AttachmentRow = Awaited<ReturnType<typeof listCaseAttachments>>[number];

function selectNamed(tx: Tx) {
  return tx
    .select(namedColumns)
    .from(caseAttachments)
    .leftJoin(users, eq(users.id, caseAttachments.uploadedBy));
}

/** The files of a case, oldest first (ids break ties so the order is stable). */
export function listCaseAttachments(tx: Tx, tenantId: string, caseId: string) {
  return selectNamed(tx)
    .where(and(eq(caseAttachments.tenantId, tenantId), eq(caseAttachments.caseId, caseId)))
    .orderBy(asc(caseAttachments.createdAt), asc(caseAttachments.id));
}

/** One file of one case; undefined when it belongs to another case or the reader may not see it. */
export async function findCaseAttachment(tx: Tx, tenantId: string, caseId: string, id: string) {
  const rows = await selectNamed(tx)
    .where(
      and(
        eq(caseAttachments.tenantId, tenantId),
        eq(caseAttachments.caseId, caseId),
        eq(caseAttachments.id, id),
      ),
    )
    .limit(1);
  return rows[0];
}

export async function countCaseAttachments(tx: Tx, tenantId: string, caseId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(caseAttachments)
    .where(and(eq(caseAttachments.tenantId, tenantId), eq(caseAttachments.caseId, caseId)));
  return row?.n ?? 0;
}

export async function insertCaseAttachment(tx: Tx, values: AttachmentInsert) {
  const [row] = await tx.insert(caseAttachments).values(values).returning();
  return row!;
}
