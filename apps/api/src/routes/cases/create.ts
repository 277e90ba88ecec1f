import { CreateCaseInput, IdempotencyKeyHeader } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { createCase } from '../../services/cases/intake.js';
import { assertCaseHandler } from './access.js';

/**
 * POST /v1/cases — intake. 201 with the new case; a retry with the same Idempotency-Key and body
 * answers 200 with the same case and `Idempotent-Replayed: true`.
 */
export const createCaseRoute = new Hono<AppEnv>().post(
  '/',
  validate('header', IdempotencyKeyHeader),
  validate('json', CreateCaseInput),
  async (c) => {
    const auth = assertCaseHandler(c);
    const result = await createCase(c, auth, c.req.valid('header')['idempotency-key'], c.req.valid('json'));
    if (!result.created) c.header('Idempotent-Replayed', 'true');
    return c.json({ case: result.case }, result.created ? 201 : 200);
  },
);
