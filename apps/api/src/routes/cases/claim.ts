import { IdParam, VersionInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { claimCase } from '../../services/cases/assign.js';
import { assertCaseHandler } from './access.js';

/** POST /v1/cases/:id/claim — The signed-in operator takes the case. */
export const claimCaseRoute = new Hono<AppEnv>().post(
  '/:id/claim',
  validate('param', IdParam),
  validate('json', VersionInput),
  async (c) => {
    const auth = assertCaseHandler(c);
    return c.json(await claimCase(c, auth, c.req.valid('param').id, c.req.valid('json').version));
  },
);
