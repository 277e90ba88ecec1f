import {
  ATTACHMENT_KIND_NAMES,
  ATTACHMENT_KINDS,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_CASE,
  MAX_CITIZEN_FILES,
  MAX_CITIZEN_FILES_TOTAL_BYTES,
} from '@tongdai/core';
import { formatFileSize } from '$lib/format.js';
import type { Locale } from '$lib/i18n/index.js';

/** What a file input accepts: the extensions of the kinds the API takes (it decides from the bytes). */
export const ATTACHMENT_ACCEPT = ATTACHMENT_KIND_NAMES.flatMap((k) =>
  ATTACHMENT_KINDS[k].extensions.map((ext) => `.${ext}`),
).join(',');

/** The limits as the hints and refusals state them, taken from the core rules. */
export const attachmentLimits = (locale: Locale) => ({
  size: formatFileSize(MAX_ATTACHMENT_BYTES, locale),
  perCase: String(MAX_ATTACHMENTS_PER_CASE),
  citizenFiles: String(MAX_CITIZEN_FILES),
  citizenTotal: formatFileSize(MAX_CITIZEN_FILES_TOTAL_BYTES, locale),
});
