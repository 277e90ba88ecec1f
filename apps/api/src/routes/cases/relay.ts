import { IdParam, RelayCaseInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { relayAnswer } from '../../services/cases/answer.js';
import { deliverAfterCommit } from '../../services/relay/auto-relay.js';
import { assertCaseHandler } from './access.js';

/** POST /v1/cases/:id/relay — The answer relayed to the citizen on a channel. */
export const relayAnswerRoute = new Hono<AppEnv>().post(
  '/:id/relay',
  validate('param', IdParam),
  validate('json', RelayCaseInput),
  async (c) => {
    const auth = assertCaseHandler(c);
    const result = await relayAnswer(c, auth, c.req.valid('param').id, c.req.valid('json'));
    await deliverAfterCommit(c, result.case.id);
    return c.json(result);
  },
);
