import { t } from '$lib/i18n/index.js';
import { staffNav } from '$lib/nav.js';
import { baseDomain } from '$lib/server/env.js';
import { pendingStep } from '$lib/server/guards.js';
import { platformUrl } from '$lib/server/urls.js';
import type { LayoutServerLoad } from './$types';

// Pages are plain server-rendered HTML: links, <details>, forms; no client-side JavaScript needed.
export const csr = false;

export const load: LayoutServerLoad = ({ locals, url }) => {
  const tenant = locals.tenant?.tenant ?? null;
  const me = locals.user;
  return {
    locale: locals.locale,
    target: locals.target,
    siteName: tenant?.officialName ?? t(locals.locale, 'site.platformName'),
    isTenant: tenant !== null,
    platformUrl: platformUrl(url, baseDomain()),
    host: url.host,
    // Only what the header needs; the work nav waits until approval and the second factor are done.
    user: me
      ? { name: me.user.name, role: me.role, nav: pendingStep(me) ? [] : staffNav(me.role, me.permissions) }
      : null,
    canSignIn: tenant !== null || locals.target === 'platform' || locals.target === 'national',
  };
};
