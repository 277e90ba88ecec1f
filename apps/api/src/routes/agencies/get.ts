import { IdParam } from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { validate } from '../../lib/validate.js';
import { toAgencyOutput } from './serialize.js';

export const getAgency = new Hono<AppEnv>().get('/:id', validate('param', IdParam), async (c) => {
  const { id } = c.req.valid('param');
  const agency = await inTenant(c, (tx, tenantId) => queries.findAgency(tx, tenantId, id));
  if (!agency) throw notFound('Không tìm thấy cơ quan, đơn vị này.');
  return c.json({ agency: toAgencyOutput(agency) });
});
