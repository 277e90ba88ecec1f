import { AgencyInput, IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { validate } from '../../../lib/validate.js';
import { updateAgency } from '../../../services/agency-directory.js';

export const updateAgencySetting = new Hono<AppEnv>().patch(
  '/:id',
  validate('param', IdParam),
  validate('json', AgencyInput),
  async (c) => c.json({ agency: await updateAgency(c, c.req.valid('param').id, c.req.valid('json')) }),
);
