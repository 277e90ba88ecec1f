import { IdParam, ClassifyCaseInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { classifyCase } from '../../services/cases/classify.js';
import { assertCaseHandler } from './access.js';

/** POST /v1/cases/:id/classify — Topic, SLA class and urgency; due times from the reception. */
export const classifyCaseRoute = new Hono<AppEnv>().post(
  '/:id/classify',
  validate('param', IdParam),
  validate('json', ClassifyCaseInput),
  async (c) => {
    const auth = assertCaseHandler(c);
    return c.json(await classifyCase(c, auth, c.req.valid('param').id, c.req.valid('json')));
  },
);
