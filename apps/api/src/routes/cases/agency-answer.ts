import { IdParam, AgencyAnswerInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { recordAgencyAnswer } from '../../services/cases/answer.js';
import { autoRelayAnswer } from '../../services/relay/auto-relay.js';
import { assertCaseHandlerOrAgency } from './access.js';

/** POST /v1/cases/:id/agency-answer — The agency's answer. */
export const recordAgencyAnswerRoute = new Hono<AppEnv>().post(
  '/:id/agency-answer',
  validate('param', IdParam),
  validate('json', AgencyAnswerInput),
  async (c) => {
    const auth = assertCaseHandlerOrAgency(c);
    const result = await recordAgencyAnswer(c, auth, c.req.valid('param').id, c.req.valid('json'));
    // Provinces with automatic relay send the answer to the citizen at once (after this commit).
    await autoRelayAnswer(c, auth, result.case.id);
    return c.json(result);
  },
);
