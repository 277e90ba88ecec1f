import {
  WITHDRAWAL_REASON_MAX,
  WITHDRAWAL_REASON_MIN,
  WITHDRAWAL_REASON_REQUIRED,
  WITHDRAWAL_REASON_TOO_LONG,
} from '@tongdai/core';
import * as v from 'valibot';
import { Uuid } from './common.js';

/** Files on a case: one file per upload, listed with who added it, downloaded one by one. */

export const AttachmentParam = v.object({ id: Uuid, attachmentId: Uuid });
export type AttachmentParam = v.InferOutput<typeof AttachmentParam>;

export const AttachmentUploadForm = v.object({
  file: v.pipe(
    v.file('Hãy gửi đúng một tệp trong trường "file" (multipart/form-data).'),
    v.description('Tệp (tối đa 10 MB): PDF, JPEG, PNG, WebP, HEIC, DOCX, XLSX, TXT (UTF-8), MP3, M4A, WAV.'),
  ),
});

export const AttachmentSource = v.picklist(['operator', 'agency', 'citizen']);
export type AttachmentSource = v.InferOutput<typeof AttachmentSource>;

export const CaseAttachmentItem = v.object({
  id: Uuid,
  /** Sanitised display name (Vietnamese letters kept). */
  fileName: v.string(),
  /** Detected from the bytes at upload. */
  contentType: v.string(),
  sizeBytes: v.number(),
  /** ISO instant. */
  createdAt: v.string(),
  uploadedByName: v.nullable(v.string()),
  source: AttachmentSource,
  /** Whether the person asking may withdraw it now (the rule the withdraw route applies). */
  canWithdraw: v.boolean(),
});
export type CaseAttachmentItem = v.InferOutput<typeof CaseAttachmentItem>;

export const CaseAttachmentList = v.object({ attachments: v.array(CaseAttachmentItem) });
export type CaseAttachmentList = v.InferOutput<typeof CaseAttachmentList>;

/** Taking back a file added by mistake: the reason stays on the record, the file itself is deleted. */
export const WithdrawAttachmentInput = v.object({
  reason: v.pipe(
    v.string(WITHDRAWAL_REASON_REQUIRED),
    v.trim(),
    v.minLength(WITHDRAWAL_REASON_MIN, WITHDRAWAL_REASON_REQUIRED),
    v.maxLength(WITHDRAWAL_REASON_MAX, WITHDRAWAL_REASON_TOO_LONG),
    v.description(
      `Lý do gỡ tệp (${WITHDRAWAL_REASON_MIN}–${WITHDRAWAL_REASON_MAX} ký tự, sau khi bỏ khoảng trắng hai đầu), ví dụ "Tải nhầm ảnh giấy tờ của người khác".`,
    ),
  ),
});
export type WithdrawAttachmentInput = v.InferOutput<typeof WithdrawAttachmentInput>;

/** What is kept of a withdrawn file: the tombstone, for the audit trail. */
export const WithdrawnAttachment = v.object({
  id: Uuid,
  fileName: v.string(),
  sizeBytes: v.number(),
  sha256: v.string(),
  /** ISO instants. */
  createdAt: v.string(),
  withdrawnAt: v.string(),
  withdrawnByName: v.string(),
  reason: v.string(),
});
export type WithdrawnAttachment = v.InferOutput<typeof WithdrawnAttachment>;
