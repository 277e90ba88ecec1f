import { IdParam } from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { validate } from '../../lib/validate.js';
import { todayIn } from '../../services/faq/today.js';
import { publicEntry } from './serialize.js';

/** One published, unexpired entry; drafts, internal and expired entries are not found. */
export const getFaq = new Hono<AppEnv>().get('/:id', validate('param', IdParam), async (c) => {
  const { id } = c.req.valid('param');
  const today = todayIn(c);
  const entry = await inTenant(c, (tx, tenantId) => queries.findPublicFaq(tx, tenantId, id, today));
  if (!entry) throw notFound('Không tìm thấy câu hỏi này.');
  return c.json({ entry: publicEntry(entry) });
});
