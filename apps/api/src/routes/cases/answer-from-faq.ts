import { IdParam, AnswerFromFaqInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { answerFromFaq } from '../../services/cases/answer.js';
import { assertCaseHandler } from './access.js';

/** POST /v1/cases/:id/answer-from-faq — Answered at once from an FAQ entry. */
export const answerFromFaqRoute = new Hono<AppEnv>().post(
  '/:id/answer-from-faq',
  validate('param', IdParam),
  validate('json', AnswerFromFaqInput),
  async (c) => {
    const auth = assertCaseHandler(c);
    return c.json(await answerFromFaq(c, auth, c.req.valid('param').id, c.req.valid('json')));
  },
);
