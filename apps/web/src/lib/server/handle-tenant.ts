import { isHttpError, type Handle } from '@sveltejs/kit';
import { resolveTenant } from '@tongdai/core';
import { apiClient, loadTenantProfile } from './api.js';
import { baseDomain } from './env.js';

/** Which site the Host names, and for a province its public profile (null when there is no such province). */
export const handleTenant: Handle = async ({ event, resolve }) => {
  const target = resolveTenant(event.url.host, baseDomain());
  event.locals.target = target.kind;
  event.locals.tenant = null;
  event.locals.tenantError = null;
  if (target.kind === 'tenant') {
    try {
      event.locals.tenant = await loadTenantProfile(apiClient(event));
    } catch (err) {
      // Left for the page to throw, so the error renders inside the layout rather than as a bare page.
      if (!isHttpError(err)) throw err;
      event.locals.tenantError = { status: err.status, message: err.body.message, code: err.body.code };
    }
  }
  return resolve(event);
};
