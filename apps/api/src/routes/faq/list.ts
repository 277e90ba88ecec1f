import { FaqListQuery } from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { inTenant } from '../../lib/tenant-db.js';
import { validate } from '../../lib/validate.js';

export const listFaq = new Hono<AppEnv>().get('/', validate('query', FaqListQuery), async (c) => {
  const { limit } = c.req.valid('query');
  const entries = await inTenant(c, (tx, tenantId) => queries.listPublicFaq(tx, tenantId, limit ?? 50));
  return c.json({ entries });
});
