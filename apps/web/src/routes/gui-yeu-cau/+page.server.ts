import { redirect } from '@sveltejs/kit';
import { PublicRequestInput } from '@tongdai/contracts';
import * as v from 'valibot';
import { chosenFiles, fileErrors, FILES_FIELD, localizeFileIssues } from '$lib/portal/request-files.js';
import { t } from '$lib/i18n/index.js';
import { requestForm, requestPayload } from '$lib/portal/timeline.js';
import { apiClient, settle } from '$lib/server/api.js';
import { apiFailure, fieldErrors, formValues, invalid } from '$lib/server/forms.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { Actions, PageServerLoad } from './$types';

// The page is server-rendered and works as a plain form; JavaScript only runs the anti-spam check
// (and says early when chosen files are too many or too large).
export const csr = true;

export const load: PageServerLoad = ({ locals }) => {
  const profile = requireTenant(locals);
  return {
    tenantName: profile.tenant.officialName,
    topics: profile.topics.map((topic) => ({ value: topic.id, label: topic.name })),
  };
};

export const actions: Actions = {
  default: async (event) => {
    requireTenant(event.locals);
    const locale = event.locals.locale;
    // A body cut off on the way (a dropped mobile upload) is a form to send again, not an error page.
    const data = await event.request.formData().catch(() => null);
    if (!data) {
      return invalid({}, { errors: {}, message: t(locale, 'portal.form.unreadable') }, { filesChosen: 0 });
    }
    const values = formValues(data);
    const files = chosenFiles(data.getAll(FILES_FIELD));
    // Browsers cannot fill a file input again: the page asks for the files once more, by count.
    const kept = { ...values, altcha: '' };
    const extra = { filesChosen: files.length };
    const parsed = v.safeParse(PublicRequestInput, requestPayload(values));
    const refusedFiles = fileErrors(locale, files);
    if (!parsed.success || Object.keys(refusedFiles).length > 0) {
      const issues = parsed.success
        ? []
        : parsed.issues.map((i) => ({ path: v.getDotPath(i) ?? '', message: i.message }));
      const found = fieldErrors(issues);
      return invalid(kept, { ...found, errors: { ...found.errors, ...refusedFiles } }, extra);
    }
    const result = await settle(
      await apiClient(event).v1.public.requests.multipart.$post({ form: { ...requestForm(values), files } }),
    );
    if (!result.ok) {
      const issues = localizeFileIssues(locale, result.error.issues ?? [], result.error.code, files);
      return apiFailure({ ...result, error: { ...result.error, issues } }, kept, extra);
    }
    // The status page is the confirmation: the code, the link to keep, and reloading sends nothing again.
    redirect(303, `/tra-cuu/${result.data.statusToken}?da-gui=1`);
  },
};
