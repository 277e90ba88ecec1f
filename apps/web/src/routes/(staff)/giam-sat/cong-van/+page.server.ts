import { loadDigestList, runDigestsAction } from '$lib/server/digests.js';
import { requirePermission } from '$lib/server/guards.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireTenant(event.locals);
  const me = requirePermission(event, 'digests.read');
  return {
    canRun: (me.permissions as readonly string[]).includes('digests.run'),
    list: await loadDigestList(event),
  };
};

export const actions: Actions = {
  run: async (event) => {
    requireTenant(event.locals);
    requirePermission(event, 'digests.run');
    return runDigestsAction(event);
  },
};
