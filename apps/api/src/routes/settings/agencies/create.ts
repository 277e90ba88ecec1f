import { AgencyInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { validate } from '../../../lib/validate.js';
import { createAgency } from '../../../services/agency-directory.js';

export const createAgencySetting = new Hono<AppEnv>().post('/', validate('json', AgencyInput), async (c) =>
  c.json({ agency: await createAgency(c, c.req.valid('json')) }, 201),
);
