import { withKindExtension, sanitizeFileName } from './file-name.js';

/** 10 MB (binary megabytes, as file managers show them). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_CASE = 10;
/** Files a citizen may send with a request on the portal form. */
export const MAX_CITIZEN_FILES = 3;
/** All files of one portal request together: 20 MB, so the form's body stays within the web server's 21M. */
export const MAX_CITIZEN_FILES_TOTAL_BYTES = 20 * 1024 * 1024;

export interface AttachmentKindInfo {
  /** What people call it, in the refusal that lists the allowed kinds. */
  label: string;
  /** The type the file is stored and served with. */
  mime: string;
  /** File-name extensions of the kind; the first is added to a name that has none of them. */
  extensions: readonly string[];
  /** Types the byte sniffer (`file-type`) reports for this kind. */
  detected: readonly string[];
}

/**
 * What a case may carry: documents, phone photos (HEIC included), spreadsheets, plain text and call
 * recordings. Old binary Office files (.doc/.xls) and anything executable are not among them.
 */
export const ATTACHMENT_KINDS = {
  pdf: { label: 'PDF', mime: 'application/pdf', extensions: ['pdf'], detected: ['application/pdf'] },
  jpeg: { label: 'JPEG', mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], detected: ['image/jpeg'] },
  png: { label: 'PNG', mime: 'image/png', extensions: ['png'], detected: ['image/png', 'image/apng'] },
  webp: { label: 'WebP', mime: 'image/webp', extensions: ['webp'], detected: ['image/webp'] },
  heic: {
    label: 'HEIC',
    mime: 'image/heic',
    extensions: ['heic', 'heif'],
    detected: ['image/heic', 'image/heif'],
  },
  docx: {
    label: 'Word (.docx)',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    detected: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
  xlsx: {
    label: 'Excel (.xlsx)',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    detected: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  },
  text: { label: 'văn bản .txt', mime: 'text/plain; charset=utf-8', extensions: ['txt'], detected: [] },
  mp3: { label: 'MP3', mime: 'audio/mpeg', extensions: ['mp3'], detected: ['audio/mpeg'] },
  m4a: { label: 'M4A', mime: 'audio/mp4', extensions: ['m4a'], detected: ['audio/x-m4a', 'audio/mp4'] },
  wav: { label: 'WAV', mime: 'audio/wav', extensions: ['wav'], detected: ['audio/wav', 'audio/vnd.wave'] },
} as const satisfies Record<string, AttachmentKindInfo>;

export type AttachmentKind = keyof typeof ATTACHMENT_KINDS;
export const ATTACHMENT_KIND_NAMES = Object.keys(ATTACHMENT_KINDS) as AttachmentKind[];

export type AttachmentRefusalCode =
  | 'empty'
  | 'too_large'
  | 'type_not_allowed'
  | 'too_many'
  | 'case_merged'
  | 'too_many_files'
  | 'total_too_large';
export interface AttachmentRefusal {
  code: AttachmentRefusalCode;
  message: string;
}

const allowedLabels = ATTACHMENT_KIND_NAMES.map((k) => ATTACHMENT_KINDS[k].label).join(', ');

const MESSAGES: Record<AttachmentRefusalCode, string> = {
  empty: 'Tệp trống: hãy chọn một tệp có nội dung.',
  too_large: `Tệp quá lớn (tối đa ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB).`,
  type_not_allowed: `Loại tệp này không được nhận. Chỉ nhận: ${allowedLabels}.`,
  too_many: `Hồ sơ đã có đủ ${MAX_ATTACHMENTS_PER_CASE} tệp đính kèm, không thể thêm tệp nữa.`,
  case_merged: 'Hồ sơ đã được gộp vào hồ sơ khác: hãy đính kèm tệp vào hồ sơ gốc.',
  too_many_files: `Chỉ gửi kèm được tối đa ${MAX_CITIZEN_FILES} tệp mỗi yêu cầu.`,
  total_too_large: `Tổng dung lượng các tệp gửi kèm quá lớn (tối đa ${MAX_CITIZEN_FILES_TOTAL_BYTES / 1024 / 1024} MB mỗi yêu cầu).`,
};

const refuse = (code: AttachmentRefusalCode): AttachmentRefusal => ({ code, message: MESSAGES[code] });

/** Valid UTF-8 without NUL bytes: what a plain-text file is, since text has no magic number. */
export function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const extensionOf = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * The kind of a file from what its bytes are (`detectedMime`, from a byte sniffer; null when no
 * signature matched), never from what the client said. A name ending in .txt only matters for bytes
 * without a signature; .m4a lets a generic MPEG-4 container (Android recorders) pass as audio.
 */
export function attachmentKindOf(
  bytes: Uint8Array,
  detectedMime: string | null,
  fileName: string,
): AttachmentKind | null {
  const ext = extensionOf(fileName);
  if (detectedMime === null) return ext === 'txt' && isPlainText(bytes) ? 'text' : null;
  if (detectedMime === 'video/mp4' && ext === 'm4a') return 'm4a';
  return (
    ATTACHMENT_KIND_NAMES.find((k) =>
      (ATTACHMENT_KINDS[k].detected as readonly string[]).includes(detectedMime),
    ) ?? null
  );
}

export type AttachmentCheck =
  | { ok: true; kind: AttachmentKind; contentType: string; fileName: string }
  | { ok: false; refusal: AttachmentRefusal };

/** One uploaded file: not empty, at most 10 MB, an allowed kind; its display name made safe. */
export function checkAttachment(input: {
  bytes: Uint8Array;
  detectedMime: string | null;
  fileName: string;
}): AttachmentCheck {
  const { bytes } = input;
  if (bytes.length === 0) return { ok: false, refusal: refuse('empty') };
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, refusal: refuse('too_large') };
  const name = sanitizeFileName(input.fileName);
  const kind = attachmentKindOf(bytes, input.detectedMime, name);
  if (!kind) return { ok: false, refusal: refuse('type_not_allowed') };
  const info = ATTACHMENT_KINDS[kind];
  return { ok: true, kind, contentType: info.mime, fileName: withKindExtension(name, info.extensions) };
}

/** Size alone, before the body is read: the declared or counted length of an upload. */
export const sizeRefusal = (size: number): AttachmentRefusal | null =>
  size > MAX_ATTACHMENT_BYTES ? refuse('too_large') : null;

/** Whether a case takes one more file: not a merged duplicate, fewer than 10 files so far. */
export function caseAttachmentRefusal(status: string, count: number): AttachmentRefusal | null {
  if (status === 'merged') return refuse('case_merged');
  if (count >= MAX_ATTACHMENTS_PER_CASE) return refuse('too_many');
  return null;
}

/** The files of one portal request taken together: at most 3, at most 20 MB in all (each file is checked alone too). */
export function citizenFilesRefusal(sizes: readonly number[]): AttachmentRefusal | null {
  if (sizes.length > MAX_CITIZEN_FILES) return refuse('too_many_files');
  if (sizes.reduce((sum, size) => sum + size, 0) > MAX_CITIZEN_FILES_TOTAL_BYTES)
    return refuse('total_too_large');
  return null;
}
