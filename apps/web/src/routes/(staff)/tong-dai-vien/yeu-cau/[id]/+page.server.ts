import { attachFile, loadAttachments, withdrawAttachment } from '$lib/server/cases/attachments.js';
import { caseActions } from '$lib/server/cases/case-actions.js';
import { loadCasePage } from '$lib/server/cases/case-page.js';
import type { Actions, PageServerLoad } from './$types';

// Dialogs, one-click outcomes, live "changed elsewhere" notice and keyboard shortcuts need the browser.
export const csr = true;

export const load: PageServerLoad = async (event) => {
  const [page, attachments] = await Promise.all([loadCasePage(event), loadAttachments(event)]);
  return { ...page, attachments };
};

export const actions: Actions = {
  ...caseActions,
  attach: (event) => attachFile(event, 'cases.handle'),
  // Supervisors and admins read cases here too; the API decides who may withdraw which file.
  withdrawAttachment: (event) => withdrawAttachment(event, 'cases.read_all'),
};
