import { redirect } from '@sveltejs/kit';
import { agencyCaseActions, loadAgencyCase } from '$lib/server/agency/portal.js';
import { attachFile, loadAttachments, withdrawAttachment } from '$lib/server/cases/attachments.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const [page, attachments] = await Promise.all([loadAgencyCase(event), loadAttachments(event)]);
  return { ...page, attachments };
};

export const actions: Actions = {
  acknowledge: agencyCaseActions.acknowledge,
  answer: agencyCaseActions.answer,
  extension: agencyCaseActions.extension,
  attach: (event) => attachFile(event, 'cases.answer_agency'),
  withdrawAttachment: (event) => withdrawAttachment(event, 'cases.answer_agency'),
  // Once handed back the case is no longer the agency's to see: back to the list, saying so.
  return: async (event) => {
    const result = await agencyCaseActions.return(event);
    if ('done' in result) {
      const code = event.url.searchParams.get('ma') ?? '';
      redirect(303, `/co-quan-xu-ly?da-tra-lai=${encodeURIComponent(code)}`);
    }
    return result;
  },
};
