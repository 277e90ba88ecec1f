import type { HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { handleApiProxy } from '$lib/server/handle-api-proxy.js';
import { handleLocale } from '$lib/server/handle-locale.js';
import { handleSession } from '$lib/server/handle-session.js';
import { handleTenant } from '$lib/server/handle-tenant.js';

export const handle = sequence(handleApiProxy, handleTenant, handleSession, handleLocale);

/** Unexpected errors: log the cause, show only a generic message. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status >= 500) {
    console.error('unhandled error', { path: event.url.pathname, requestId: event.locals.requestId, error });
  }
  return { message, code: status === 404 ? 'NOT_FOUND' : 'INTERNAL' };
};
