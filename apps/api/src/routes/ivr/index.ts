import { queries } from '@tongdai/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { inTenant } from '../../lib/tenant-db.js';

export const ivrRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const branches = await inTenant(c, (tx, tenantId) => queries.listIvrBranches(tx, tenantId));
  return c.json({ branches });
});
