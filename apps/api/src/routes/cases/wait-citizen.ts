import { IdParam, WaitCitizenInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { waitForCitizen } from '../../services/cases/pause.js';
import { assertCaseHandler } from './access.js';

/** POST /v1/cases/:id/wait-citizen — Waiting for the citizen: the SLA clock pauses. */
export const waitForCitizenRoute = new Hono<AppEnv>().post(
  '/:id/wait-citizen',
  validate('param', IdParam),
  validate('json', WaitCitizenInput),
  async (c) => {
    const auth = assertCaseHandler(c);
    return c.json(await waitForCitizen(c, auth, c.req.valid('param').id, c.req.valid('json')));
  },
);
