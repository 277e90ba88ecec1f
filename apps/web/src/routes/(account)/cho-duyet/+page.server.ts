import { redirect } from '@sveltejs/kit';
import { landingPath, requireUser } from '$lib/server/guards.js';
import { requireTenant } from '$lib/server/tenant.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  const profile = requireTenant(event.locals);
  const user = requireUser(event);
  if (user.status !== 'pending') redirect(303, landingPath(user));
  return { tenantName: profile.tenant.officialName, name: user.user.name, email: user.user.email };
};
