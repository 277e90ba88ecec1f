import { IdParam, PublicAnswerListQuery } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { doc } from '../agency-docs.js';
import { getPublicAnswer, listPublicAnswers } from '../../services/publication.js';

/** /v1/public-answers — the portal's answered questions: redacted texts, no personal data. Public. */
export const publicAnswerRoutes = new Hono<AppEnv>()
  .get(
    '/',
    doc('Câu hỏi đã được trả lời (công khai)', [400]),
    validate('query', PublicAnswerListQuery),
    async (c) => c.json(await listPublicAnswers(c, c.req.valid('query'))),
  )
  .get(
    '/:id',
    doc('Một câu hỏi đã được trả lời (công khai)', [400, 404]),
    validate('param', IdParam),
    async (c) => c.json({ answer: await getPublicAnswer(c, c.req.valid('param').id) }),
  );
