import { queries } from '@tongdai/db';
import type { TenantProfileOutput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { inTenant } from '../../lib/tenant-db.js';
import { toTenantSummary } from './serialize.js';

/** The province's public profile: names, how to reach its 1022, its topics. */
export const tenantRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const body: TenantProfileOutput = await inTenant(c, async (tx, tenantId) => ({
    tenant: toTenantSummary(c.get('tenant')),
    channels: await queries.listChannels(tx, tenantId),
    topics: await queries.listTopics(tx, tenantId),
  }));
  return c.json(body);
});
