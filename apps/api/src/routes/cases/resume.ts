import { IdParam, ResumeCaseInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { resumeCase } from '../../services/cases/pause.js';
import { assertCaseHandler } from './access.js';

/** POST /v1/cases/:id/resume — The citizen replied: the clock runs again, deadlines moved by the pause. */
export const resumeCaseRoute = new Hono<AppEnv>().post(
  '/:id/resume',
  validate('param', IdParam),
  validate('json', ResumeCaseInput),
  async (c) => {
    const auth = assertCaseHandler(c);
    return c.json(await resumeCase(c, auth, c.req.valid('param').id, c.req.valid('json')));
  },
);
