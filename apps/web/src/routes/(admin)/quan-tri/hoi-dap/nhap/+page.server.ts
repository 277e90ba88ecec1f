import { fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n/index.js';
import { apiClient, settle } from '$lib/server/api.js';
import { faqManager } from '$lib/server/faq-admin.js';
import type { FormFailure } from '$lib/server/forms.js';
import { importContentType, XLSX_TYPE } from '$lib/settings/resource-forms.js';
import type { Actions, PageServerLoad } from './$types';

/** The API reads at most 2 MB; the same limit here says so before the upload goes further. */
const MAX_BYTES = 2 * 1024 * 1024;

const fileError = (message: string, status = 400) =>
  fail(status, { values: {}, errors: { file: message } } satisfies FormFailure);
const raw = (bytes: Uint8Array, type: string) => ({
  init: { body: bytes as BodyInit, headers: { 'content-type': type } },
});

export const load: PageServerLoad = (event) => {
  faqManager(event);
  return {};
};

/**
 * Two steps without client code: the preview sends the file to the API (which writes nothing) and
 * keeps its bytes in the page, so the commit sends exactly the file that was checked.
 */
export const actions: Actions = {
  preview: async (event) => {
    faqManager(event);
    const locale = event.locals.locale;
    const file = (await event.request.formData()).get('file');
    if (!(file instanceof File) || file.size === 0) return fileError(t(locale, 'faqAdmin.import.noFile'));
    if (file.size > MAX_BYTES) return fileError(t(locale, 'faqAdmin.import.tooLarge'));
    const type = importContentType(file.name, file.type);
    if (!type) return fileError(t(locale, 'faqAdmin.import.badType'));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await settle(
      await apiClient(event).v1.faq.manage.import.preview.$post(undefined, raw(bytes, type)),
    );
    if (!result.ok) return fileError(result.error.message || t(locale, 'form.genericError'), result.status);
    return {
      report: result.data,
      file: { name: file.name, type, data: Buffer.from(bytes).toString('base64') },
    };
  },
  commit: async (event) => {
    faqManager(event);
    const locale = event.locals.locale;
    const values = Object.fromEntries(await event.request.formData());
    const type = values.type === XLSX_TYPE ? XLSX_TYPE : values.type === 'text/csv' ? 'text/csv' : null;
    const bytes = new Uint8Array(Buffer.from(typeof values.data === 'string' ? values.data : '', 'base64'));
    if (!type || bytes.length === 0) return fileError(t(locale, 'faqAdmin.import.noFile'));
    if (bytes.length > MAX_BYTES) return fileError(t(locale, 'faqAdmin.import.tooLarge'));
    const result = await settle(
      await apiClient(event).v1.faq.manage.import.commit.$post(undefined, raw(bytes, type)),
    );
    if (!result.ok) return fileError(result.error.message || t(locale, 'form.genericError'), result.status);
    redirect(
      303,
      `/quan-tri/hoi-dap/nhap?written=${result.data.written}&skipped=${result.data.summary.invalid}`,
    );
  },
};
