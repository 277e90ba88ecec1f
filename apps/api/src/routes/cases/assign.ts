import { IdParam, AssignCaseInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { assignCase } from '../../services/cases/assign.js';
import { assertSupervisor } from './access.js';

/** POST /v1/cases/:id/assign — A supervisor gives the case to an operator (or frees it). */
export const assignCaseRoute = new Hono<AppEnv>().post(
  '/:id/assign',
  validate('param', IdParam),
  validate('json', AssignCaseInput),
  async (c) => {
    const auth = assertSupervisor(c);
    return c.json(await assignCase(c, auth, c.req.valid('param').id, c.req.valid('json')));
  },
);
