import { IdParam } from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { validate } from '../../lib/validate.js';

export const getFaq = new Hono<AppEnv>().get('/:id', validate('param', IdParam), async (c) => {
  const { id } = c.req.valid('param');
  const entry = await inTenant(c, (tx, tenantId) => queries.findPublicFaq(tx, tenantId, id));
  if (!entry) throw notFound('Không tìm thấy câu hỏi này.');
  return c.json({ entry });
});
