import { fail } from '@sveltejs/kit';
import { t } from '$lib/i18n/index.js';
import { importContentType, XLSX_TYPE } from '$lib/settings/resource-forms.js';
import { apiClient, settle } from '../api.js';
import type { FormFailure } from '../forms.js';
import { backTo, settingsAdmin, type SettingsEvent } from './common.js';

/** The API reads at most 2 MB; the same limit here says so before the upload goes further. */
const MAX_BYTES = 2 * 1024 * 1024;
const FORM = { form: 'import', target: '' };

function fileError(message: string, status = 400) {
  const failure: FormFailure = { ...FORM, values: {}, errors: { file: message } };
  return fail(status, failure);
}

const raw = (bytes: Uint8Array, type: string) => ({
  init: { body: bytes as BodyInit, headers: { 'content-type': type } },
});

/**
 * Import in two steps without client code: the preview sends the file to the API (which writes
 * nothing) and keeps its bytes in the page, so the commit sends exactly the file that was checked.
 */
export const importActions = {
  importPreview: async (event: SettingsEvent) => {
    settingsAdmin(event);
    const locale = event.locals.locale;
    const file = (await event.request.formData()).get('file');
    if (!(file instanceof File) || file.size === 0) return fileError(t(locale, 'settings.import.noFile'));
    if (file.size > MAX_BYTES) return fileError(t(locale, 'settings.import.tooLarge'));
    const type = importContentType(file.name, file.type);
    if (!type) return fileError(t(locale, 'settings.import.badType'));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await settle(
      await apiClient(event).v1.settings.agencies.import.preview.$post(undefined, raw(bytes, type)),
    );
    if (!result.ok) return fileError(result.error.message || t(locale, 'form.genericError'), result.status);
    return {
      form: 'import',
      preview: result.data,
      file: { name: file.name, type, data: Buffer.from(bytes).toString('base64') },
    };
  },
  importCommit: async (event: SettingsEvent) => {
    settingsAdmin(event);
    const locale = event.locals.locale;
    const values = Object.fromEntries(await event.request.formData());
    const type = values.type === XLSX_TYPE ? XLSX_TYPE : values.type === 'text/csv' ? 'text/csv' : null;
    const data = typeof values.data === 'string' ? values.data : '';
    const bytes = new Uint8Array(Buffer.from(data, 'base64'));
    if (!type || bytes.length === 0) return fileError(t(locale, 'settings.import.noFile'));
    if (bytes.length > MAX_BYTES) return fileError(t(locale, 'settings.import.tooLarge'));
    const result = await settle(
      await apiClient(event).v1.settings.agencies.import.commit.$post(undefined, raw(bytes, type)),
    );
    if (!result.ok) return fileError(result.error.message || t(locale, 'form.genericError'), result.status);
    backTo(event, 'import', { written: result.data.written, skipped: result.data.summary.invalid });
  },
};
