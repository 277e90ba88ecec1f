import { IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { validate } from '../../../lib/validate.js';
import { deleteAgency } from '../../../services/agency-directory.js';

export const deleteAgencySetting = new Hono<AppEnv>().delete(
  '/:id',
  validate('param', IdParam),
  async (c) => {
    await deleteAgency(c, c.req.valid('param').id);
    return c.json({ deleted: true });
  },
);
