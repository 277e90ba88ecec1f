import { IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { requirePermission } from '../../middleware/require-permission.js';
import { recordUse } from '../../services/faq/entries.js';

/** An operator answered with this entry: counts one use. */
export const markFaqUsed = new Hono<AppEnv>().post(
  '/:id/used',
  requirePermission('faq.read_internal'),
  validate('param', IdParam),
  async (c) => c.json(await recordUse(c, c.req.valid('param').id)),
);
