import { queries } from '@tongdai/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { inTenant } from '../../lib/tenant-db.js';
import { toAgencyOutput } from './serialize.js';

export const listAgencies = new Hono<AppEnv>().get('/', async (c) => {
  const agencies = await inTenant(c, (tx, tenantId) => queries.listAgencies(tx, tenantId));
  return c.json({ agencies: agencies.map(toAgencyOutput) });
});
