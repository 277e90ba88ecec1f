import type { Handle } from '@sveltejs/kit';
import { SESSION_COOKIE } from './cookies.js';
import { loadSessionUser } from './session.js';

/** After handleTenant: who is signed in, only where there is a site to be signed in to. */
export const handleSession: Handle = async ({ event, resolve }) => {
  event.locals.user = null;
  const { target, tenant } = event.locals;
  const hasSite = target === 'platform' || target === 'national' || (target === 'tenant' && tenant !== null);
  if (hasSite && event.cookies.get(SESSION_COOKIE)) {
    event.locals.user = await loadSessionUser(event);
  }
  return resolve(event);
};
