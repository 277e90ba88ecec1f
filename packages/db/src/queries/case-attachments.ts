import { and, asc, count, eq, isNull } from 'drizzle-orm';
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
  withdrawnAt: caseAttachments.withdrawnAt,
};

export type AttachmentRow = Awaited<ReturnType<typeof listCaseAttachments>>[number];

function selectNamed(tx: Tx) {
  return tx
    .select(namedColumns)
    .from(caseAttachments)
    .leftJoin(users, eq(users.id, caseAttachments.uploadedBy));
}

const ofCase = (tenantId: string, caseId: string) =>
  and(eq(caseAttachments.tenantId, tenantId), eq(caseAttachments.caseId, caseId));

/** The files of a case still on it (withdrawn ones left out), oldest first; ids break ties. */
export function listCaseAttachments(tx: Tx, tenantId: string, caseId: string) {
  return selectNamed(tx)
    .where(and(ofCase(tenantId, caseId), isNull(caseAttachments.withdrawnAt)))
    .orderBy(asc(caseAttachments.createdAt), asc(caseAttachments.id));
}

/**
 * One file of one case, withdrawn or not; undefined when it belongs to another case or the reader
 * may not see it.
 */
export async function findCaseAttachment(tx: Tx, tenantId: string, caseId: string, id: string) {
  const rows = await selectNamed(tx)
    .where(and(ofCase(tenantId, caseId), eq(caseAttachments.id, id)))
    .limit(1);
  return rows[0];
}

/** Files that count toward the per-case limit: withdrawn ones free their place. */
/** Files on the case not withdrawn, all or from one side (the citizen's status page counts theirs). */
export async function countCaseAttachments(
  tx: Tx,
  tenantId: string,
  caseId: string,
  source?: AttachmentSourceValue,
): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(caseAttachments)
    .where(
      and(
        ofCase(tenantId, caseId),
        isNull(caseAttachments.withdrawnAt),
        source ? eq(caseAttachments.source, source) : undefined,
      ),
    );
  return row?.n ?? 0;
}

export async function insertCaseAttachment(tx: Tx, values: AttachmentInsert) {
  const [row] = await tx.insert(caseAttachments).values(values).returning();
  return row!;
}

export interface AttachmentWithdrawal {
  withdrawnAt: Date;
  withdrawnBy: string;
  reason: string;
}

/**
 * Marks a file withdrawn, only if it is not already (the app role may update these three columns and
 * no other); undefined when another request withdrew it first.
 */
export async function withdrawCaseAttachment(tx: Tx, tenantId: string, id: string, w: AttachmentWithdrawal) {
  const [row] = await tx
    .update(caseAttachments)
    .set({ withdrawnAt: w.withdrawnAt, withdrawnBy: w.withdrawnBy, withdrawalReason: w.reason })
    .where(
      and(
        eq(caseAttachments.tenantId, tenantId),
        eq(caseAttachments.id, id),
        isNull(caseAttachments.withdrawnAt),
      ),
    )
    .returning({ id: caseAttachments.id, withdrawnAt: caseAttachments.withdrawnAt });
  return row;
}
