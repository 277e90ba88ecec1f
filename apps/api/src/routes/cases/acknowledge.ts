import { IdParam, VersionInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { acknowledgeCase } from '../../services/cases/answer.js';
import { assertCaseHandlerOrAgency } from './access.js';

/** POST /v1/cases/:id/acknowledge — The agency confirms receipt. */
export const acknowledgeCaseRoute = new Hono<AppEnv>().post(
  '/:id/acknowledge',
  validate('param', IdParam),
  validate('json', VersionInput),
  async (c) => {
    const auth = assertCaseHandlerOrAgency(c);
    return c.json(await acknowledgeCase(c, auth, c.req.valid('param').id, c.req.valid('json').version));
  },
);
