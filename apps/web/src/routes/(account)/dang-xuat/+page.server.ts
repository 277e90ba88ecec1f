import { redirect } from '@sveltejs/kit';
import { apiClient, settle } from '$lib/server/api.js';
import { readForm } from '$lib/server/forms.js';
import { requireSite } from '$lib/server/tenant.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  requireSite(locals);
  if (!locals.user) redirect(303, '/dang-nhap');
};

// One default action (the header's form has no action name); `scope=everywhere` comes from its button.
export const actions: Actions = {
  default: async (event) => {
    requireSite(event.locals);
    const { scope } = await readForm(event.request);
    const api = apiClient(event).v1.auth;
    if (scope === 'everywhere') {
      const result = await settle(await api['logout-everywhere'].$post());
      redirect(303, result.ok ? '/dang-nhap?notice=signed-out-everywhere' : '/dang-nhap');
    }
    // Signed out either way: the API clears the cookie even when the session had already ended.
    await settle(await api.logout.$post());
    redirect(303, '/dang-nhap?notice=signed-out');
  },
};
