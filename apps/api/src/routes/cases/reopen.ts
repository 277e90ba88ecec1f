import { IdParam, ReopenCaseInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { reopenCase } from '../../services/cases/lifecycle.js';
import { assertCaseHandler } from './access.js';

/** POST /v1/cases/:id/reopen — Reopen within the window, with a reason. */
export const reopenCaseRoute = new Hono<AppEnv>().post(
  '/:id/reopen',
  validate('param', IdParam),
  validate('json', ReopenCaseInput),
  async (c) => {
    const auth = assertCaseHandler(c);
    return c.json(await reopenCase(c, auth, c.req.valid('param').id, c.req.valid('json')));
  },
);
