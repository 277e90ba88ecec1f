import { IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { listCaseEvents } from '../../services/cases/read.js';
import { assertCaseReader } from './access.js';

/** GET /v1/cases/:id/events — the timeline, oldest first. */
export const caseEventsRoute = new Hono<AppEnv>().get(
  '/:id/events',
  validate('param', IdParam),
  async (c) => {
    assertCaseReader(c);
    return c.json({ events: await listCaseEvents(c, c.req.valid('param').id) });
  },
);
