import { randomUUID } from 'node:crypto';
import type { CaseActionOutput, CaseAttachmentItem } from '@tongdai/contracts';
import { canWithdraw, caseAttachmentRefusal } from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import {
  attachmentAddedData,
  attachmentError,
  attachmentRow,
  inspectUpload,
} from '../../lib/attachment-upload.js';
import type { AttachmentKey } from '../../lib/attachment-store.js';
import { notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';
import { withdrawalActor, withdrawalTarget, withdrawnGone } from './attachment-withdrawal.js';
import { runCaseAction } from './case-action.js';

const itemView = (row: queries.AttachmentRow, withdrawable: boolean): CaseAttachmentItem => ({
  id: row.id,
  fileName: row.fileName,
  contentType: row.contentType,
  sizeBytes: row.sizeBytes,
  createdAt: row.createdAt.toISOString(),
  uploadedByName: row.uploadedByName,
  source: row.source,
  canWithdraw: withdrawable,
});

/** Each file as this person sees it: `canWithdraw` by the same rule the withdraw route applies. */
const viewsFor = (auth: AuthState, kase: queries.CaseRow, now: Date) => (row: queries.AttachmentRow) =>
  itemView(row, canWithdraw(withdrawalActor(auth), withdrawalTarget(row, kase), now));

export type AttachmentAdded = CaseActionOutput & { attachment: CaseAttachmentItem };

/**
 * One file onto a case: checked (size, real type, name) before anything is written, then — with the
 * case locked so two uploads cannot both take the tenth place — written to the store, recorded, and
 * noted on the timeline. Like a note, it changes neither the status nor the version.
 */
export async function addAttachment(
  c: Context<AppEnv>,
  auth: AuthState,
  caseId: string,
  file: File,
): Promise<AttachmentAdded> {
  const upload = await inspectUpload(file);
  const store = c.get('deps').attachments;
  let written: AttachmentKey | null = null;
  let added: CaseAttachmentItem | null = null;
  try {
    const output = await runCaseAction(
      c,
      auth,
      { caseId, version: null, eventType: null },
      async ({ tx, tenantId, row, now }) => {
        const refusal = caseAttachmentRefusal(
          row.status,
          await queries.countCaseAttachments(tx, tenantId, row.id),
        );
        if (refusal) throw attachmentError(refusal);
        const key = { tenantId, id: randomUUID(), createdAt: now };
        await store.put(key, upload.bytes);
        written = key;
        return {
          bumpVersion: false,
          timeline: {
            type: 'attachment_added',
            data: attachmentAddedData(upload, key),
          },
          after: async (t) => {
            const inserted = await queries.insertCaseAttachment(
              t,
              attachmentRow(upload, key, {
                caseId: row.id,
                uploadedBy: auth.userId,
                source: auth.role === 'agency_staff' ? 'agency' : 'operator',
              }),
            );
            added = viewsFor(auth, row, now)({ ...inserted, uploadedByName: auth.name });
          },
        };
      },
    );
    return { ...output, attachment: added! };
  } catch (err) {
    // The transaction did not commit: its file must not stay behind.
    if (written) await store.remove(written).catch(() => undefined);
    throw err;
  }
}

/** The files still on a case (withdrawn ones are left out), each saying whether this person may withdraw it. */
export function listAttachments(
  c: Context<AppEnv>,
  auth: AuthState,
  caseId: string,
): Promise<CaseAttachmentItem[]> {
  const now = c.get('deps').now();
  return inTenant(c, async (tx, tenantId) => {
    const kase = await queries.findCaseRow(tx, tenantId, caseId);
    if (!kase) throw notFound('Không tìm thấy hồ sơ này.');
    return (await queries.listCaseAttachments(tx, tenantId, caseId)).map(viewsFor(auth, kase, now));
  });
}

/**
 * A file's row and its bytes as a stream. Attachments can hold personal data (ID cards, recordings):
 * every download is written to the audit log, in the same transaction that found the row. A withdrawn
 * file is gone on purpose: 410, whether or not its bytes are still on disk.
 */
export function openAttachment(c: Context<AppEnv>, caseId: string, attachmentId: string) {
  const store = c.get('deps').attachments;
  return inTenant(c, async (tx, tenantId) => {
    const row = await queries.findCaseAttachment(tx, tenantId, caseId, attachmentId);
    if (!row) throw notFound('Không tìm thấy tệp đính kèm này.');
    if (row.withdrawnAt) throw withdrawnGone();
    const body = await store.read({ tenantId, id: row.id, createdAt: row.createdAt });
    if (!body) {
      c.get('log').error({ attachmentId: row.id, caseId }, 'attachment file missing from the store');
      throw notFound('Không tìm thấy nội dung của tệp này trên máy chủ. Vui lòng báo quản trị viên.');
    }
    try {
      await audit(c, tx, tenantId, {
        action: 'attachment.read',
        targetType: 'case_attachment',
        targetId: row.id,
        details: { caseId, fileName: row.fileName },
      });
    } catch (err) {
      await body.cancel().catch(() => undefined);
      throw err;
    }
    return { row, body };
  });
}
