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
});
export type CaseAttachmentItem = v.InferOutput<typeof CaseAttachmentItem>;

export const CaseAttachmentList = v.object({ attachments: v.array(CaseAttachmentItem) });
export type CaseAttachmentList = v.InferOutput<typeof CaseAttachmentList>;
