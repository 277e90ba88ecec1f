import { createHash } from 'node:crypto';
import {
  checkAttachment,
  citizenFilesRefusal,
  MAX_ATTACHMENT_BYTES,
  MAX_CITIZEN_FILES_TOTAL_BYTES,
  sizeRefusal,
  type AttachmentKind,
  type AttachmentRefusal,
  type AttachmentRefusalCode,
} from '@tongdai/core';
import type { ErrorCode } from '@tongdai/contracts';
import type { queries } from '@tongdai/db';
import { fileTypeFromBuffer } from 'file-type';
import { bodyLimit } from 'hono/body-limit';
import type { AttachmentKey } from './attachment-store.js';
import { ApiError } from './errors.js';

const CODES: Record<AttachmentRefusalCode, ErrorCode> = {
  empty: 'BAD_REQUEST',
  too_large: 'PAYLOAD_TOO_LARGE',
  type_not_allowed: 'UNSUPPORTED_MEDIA_TYPE',
  too_many: 'LIMIT_REACHED',
  case_merged: 'CONFLICT',
  too_many_files: 'BAD_REQUEST',
  total_too_large: 'PAYLOAD_TOO_LARGE',
};

export const attachmentError = (refusal: AttachmentRefusal) =>
  new ApiError(CODES[refusal.code], refusal.message);

// Room for the multipart envelope (boundaries, part headers) around a file of the maximum size.
const ENVELOPE_BYTES = 64 * 1024;

/** Stops an upload over 10 MB as it streams in (or from its Content-Length), before it is buffered. */
export const attachmentUploadLimit = bodyLimit({
  maxSize: MAX_ATTACHMENT_BYTES + ENVELOPE_BYTES,
  onError: () => {
    throw attachmentError(sizeRefusal(Number.POSITIVE_INFINITY)!);
  },
});

// The portal form's text fields (content up to 5000 characters, the proof-of-work) besides its files.
const FORM_FIELDS_BYTES = 128 * 1024;

/** The portal request form: its files together at most 20 MB, stopped as they stream in. */
export const citizenUploadLimit = bodyLimit({
  maxSize: MAX_CITIZEN_FILES_TOTAL_BYTES + FORM_FIELDS_BYTES,
  onError: () => {
    throw attachmentError(citizenFilesRefusal([Number.POSITIVE_INFINITY])!);
  },
});

export interface InspectedUpload {
  bytes: Uint8Array;
  kind: AttachmentKind;
  contentType: string;
  fileName: string;
  sha256: string;
}

/** The row of a checked upload stored under `key`, whoever added it (a citizen has no uploader). */
export function attachmentRow(
  upload: InspectedUpload,
  key: AttachmentKey,
  on: { caseId: string; uploadedBy: string | null; source: 'operator' | 'agency' | 'citizen' },
): queries.AttachmentInsert {
  return {
    tenantId: key.tenantId,
    id: key.id,
    caseId: on.caseId,
    fileName: upload.fileName,
    contentType: upload.contentType,
    sizeBytes: upload.bytes.length,
    sha256: upload.sha256,
    uploadedBy: on.uploadedBy,
    source: on.source,
    createdAt: key.createdAt,
  };
}

/** What the timeline's `attachment_added` event records. */
export const attachmentAddedData = (upload: InspectedUpload, key: AttachmentKey) => ({
  attachmentId: key.id,
  fileName: upload.fileName,
  sizeBytes: upload.bytes.length,
  kind: upload.kind,
});

/**
 * The uploaded file as the platform will keep it: its real type read from the bytes (`file-type`; the
 * client's Content-Type and name are never trusted for that), a safe display name, its checksum.
 */
export async function inspectUpload(file: File): Promise<InspectedUpload> {
  const early = sizeRefusal(file.size);
  if (early) throw attachmentError(early);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const detected = bytes.length > 0 ? await fileTypeFromBuffer(bytes) : undefined;
  const checked = checkAttachment({ bytes, detectedMime: detected?.mime ?? null, fileName: file.name });
  if (!checked.ok) throw attachmentError(checked.refusal);
  return {
    bytes,
    kind: checked.kind,
    contentType: checked.contentType,
    fileName: checked.fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
