import { IdParam, CloseCaseInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { closeCase } from '../../services/cases/lifecycle.js';
import { assertCaseHandler } from './access.js';

/** POST /v1/cases/:id/close — Close a relayed case. */
export const closeCaseRoute = new Hono<AppEnv>().post(
  '/:id/close',
  validate('param', IdParam),
  validate('json', CloseCaseInput),
  async (c) => {
    const auth = assertCaseHandler(c);
    return c.json(await closeCase(c, auth, c.req.valid('param').id, c.req.valid('json')));
  },
);
