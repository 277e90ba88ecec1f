import { IdParam, MergeCaseInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { mergeCase } from '../../services/cases/lifecycle.js';
import { deliverAfterCommit } from '../../services/relay/auto-relay.js';
import { assertCaseHandler } from './access.js';

/** POST /v1/cases/:id/merge — Merge this duplicate into its original. */
export const mergeCaseRoute = new Hono<AppEnv>().post(
  '/:id/merge',
  validate('param', IdParam),
  validate('json', MergeCaseInput),
  async (c) => {
    const auth = assertCaseHandler(c);
    const result = await mergeCase(c, auth, c.req.valid('param').id, c.req.valid('json'));
    await deliverAfterCommit(c, result.case.id);
    return c.json(result);
  },
);
