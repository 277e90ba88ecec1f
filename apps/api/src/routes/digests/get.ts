import { IdParam } from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { validate } from '../../lib/validate.js';
import { assertPermission } from '../../middleware/require-permission.js';
import { toDigestOutput } from './serialize.js';

/** One letter as issued; another agency's letter is not found for agency staff (row-level security). */
export const getDigest = new Hono<AppEnv>().get('/:id', validate('param', IdParam), async (c) => {
  assertPermission(c, 'digests.read');
  const { id } = c.req.valid('param');
  const found = await inTenant(c, (tx, tenantId) => queries.findDigest(tx, tenantId, id));
  if (!found) throw notFound('Không tìm thấy công văn này.');
  return c.json({ digest: toDigestOutput(found) });
});
