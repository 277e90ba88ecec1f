import {
  citizenFilesRefusal,
  MAX_CITIZEN_FILES,
  MAX_CITIZEN_FILES_TOTAL_BYTES,
  sizeRefusal,
} from '@tongdai/core';
import { ATTACHMENT_ACCEPT, attachmentLimits } from '$lib/attachments.js';
import { formatFileSize } from '$lib/format.js';
import { t, type Locale } from '$lib/i18n/index.js';

/** The request form's file field; its errors are `files` (all together) and `files.<index>`. */
export const FILES_FIELD = 'files';

/** What the file input accepts: the extensions of the kinds the API takes (it decides from the bytes). */
export const FILES_ACCEPT = ATTACHMENT_ACCEPT;

/** The files chosen: a file input left empty sends one part with no name and no bytes. */
export function chosenFiles(parts: Iterable<FormDataEntryValue>): File[] {
  return [...parts].filter((p): p is File => typeof p !== 'string' && (p.name !== '' || p.size > 0));
}

type Sized = Pick<File, 'name' | 'size'>;

/**
 * What can be said about the chosen files before sending them, in the person's language: how many,
 * how large together, and each one empty or over 10 MB. Their kind is for the API to say (it reads
 * the bytes). The same checks run in the browser when files are chosen and on the server.
 */
export function fileErrors(locale: Locale, files: readonly Sized[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const together = citizenFilesRefusal(files.map((f) => f.size));
  if (together?.code === 'too_many_files') {
    errors[FILES_FIELD] = t(locale, 'portal.files.tooMany', { max: MAX_CITIZEN_FILES, count: files.length });
  } else if (together) {
    const total = files.reduce((sum, f) => sum + f.size, 0);
    errors[FILES_FIELD] = t(locale, 'portal.files.total', {
      size: formatFileSize(total, locale),
      max: formatFileSize(MAX_CITIZEN_FILES_TOTAL_BYTES, locale),
    });
  }
  files.forEach((file, i) => {
    const name = file.name;
    if (file.size === 0) errors[`${FILES_FIELD}.${i}`] = t(locale, 'portal.files.empty', { name });
    else if (sizeRefusal(file.size)) {
      errors[`${FILES_FIELD}.${i}`] = t(locale, 'portal.files.tooLarge', {
        name,
        size: formatFileSize(file.size, locale),
        max: attachmentLimits(locale).size,
      });
    }
  });
  return errors;
}

/**
 * The API's refusal of files in the person's language: a file whose bytes are not an allowed kind is
 * named with the reason; any other issue keeps the API's own (Vietnamese) message.
 */
export function localizeFileIssues(
  locale: Locale,
  issues: readonly { path: string; message: string }[],
  code: string,
  files: readonly Sized[],
): { path: string; message: string }[] {
  return issues.map((issue) => {
    const match = /^files\.(\d+)$/.exec(issue.path);
    const file = match ? files[Number(match[1])] : undefined;
    return code === 'UNSUPPORTED_MEDIA_TYPE' && file
      ? { path: issue.path, message: t(locale, 'portal.files.type', { name: file.name }) }
      : issue;
  });
}

/** Error keys of the file field in display order, for the error summary. */
export const FILE_ERROR_KEYS = [
  FILES_FIELD,
  ...Array.from({ length: MAX_CITIZEN_FILES }, (_, i) => `${FILES_FIELD}.${i}`),
] as const;
