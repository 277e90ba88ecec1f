import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../../context.js';
import { clientIp, enforceRateLimit } from '../../middleware/rate-limit.js';
import { requireTenant, resolveHost } from '../../middleware/tenant.js';
import { open311CatalogRoutes } from './catalog.js';
import { open311ErrorHandler } from './format.js';
import { open311RequestRoutes } from './requests.js';

// Reads are open to anyone and limited per address; writes are limited per key (see requests.ts).
const readLimit = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === 'GET') await enforceRateLimit(c, 'open311-read', clientIp(c));
  await next();
});

/**
 * /open311/v2 on each province's host: GeoReport v2 over the province's topics and cases. No
 * cookies, no CSRF check (clients are other servers and apps; writes need an api_key). Every error,
 * including an unknown province, comes back in the spec's format.
 */
export const open311Routes = new Hono<AppEnv>()
  .use(resolveHost)
  .use(requireTenant)
  .use(readLimit)
  .route('/', open311CatalogRoutes)
  .route('/', open311RequestRoutes)
  .onError(open311ErrorHandler);
