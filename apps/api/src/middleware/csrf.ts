import { isCrossSiteRequest } from '@tongdai/auth';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.js';
import { ApiError } from '../lib/errors.js';
import { requestHost } from './tenant.js';

/**
 * Refuses state-changing requests that a browser sent from another site, including a sibling
 * province's subdomain (same-site, but not same-origin). Applies to every mutation of the API.
 */
export const csrf = createMiddleware<AppEnv>(async (c, next) => {
  const crossSite = isCrossSiteRequest({
    method: c.req.method,
    origin: c.req.header('origin') ?? null,
    secFetchSite: c.req.header('sec-fetch-site') ?? null,
    host: requestHost(c) ?? '',
  });
  if (crossSite) {
    throw new ApiError('CSRF_REJECTED', 'Yêu cầu bị từ chối vì không xuất phát từ trang của tổng đài này.');
  }
  await next();
});
