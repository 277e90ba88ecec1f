import { requireUser } from '$lib/server/guards.js';
import { requireSite } from '$lib/server/tenant.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  requireSite(event.locals);
  const me = requireUser(event);
  return {
    account: {
      name: me.user.name,
      email: me.user.email,
      role: me.role,
      status: me.scope === 'tenant' ? me.status : null,
      twoFactorEnabled: me.twoFactor.enabled,
    },
  };
};
