import { FaqListQuery } from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { inTenant } from '../../lib/tenant-db.js';
import { validate } from '../../lib/validate.js';
import { todayIn } from '../../services/faq/today.js';
import { publicEntry } from './serialize.js';

/** Published, unexpired entries; `topic` browses one topic. */
export const listFaq = new Hono<AppEnv>().get('/', validate('query', FaqListQuery), async (c) => {
  const { limit, offset, topic, sort } = c.req.valid('query');
  const today = todayIn(c);
  const rows = await inTenant(c, (tx, tenantId) =>
    queries.listPublicFaq(tx, tenantId, {
      today,
      limit: limit ?? 50,
      offset: offset ?? 0,
      ...(topic ? { topicCode: topic } : {}),
      byUsage: sort === 'usage',
    }),
  );
  return c.json({ entries: rows.map(publicEntry) });
});
