import { queries } from '@tongdai/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { inTenant } from '../../lib/tenant-db.js';
import { todayIn } from '../../services/faq/today.js';

/** The province's topics with their number of published entries, for browsing. */
export const listFaqTopics = new Hono<AppEnv>().get('/topics', async (c) => {
  const today = todayIn(c);
  const topics = await inTenant(c, (tx, tenantId) => queries.listPublicFaqTopics(tx, tenantId, today));
  return c.json({ topics });
});
