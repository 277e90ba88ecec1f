import { IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { getCaseDetail } from '../../services/cases/read.js';
import { assertCaseReader } from './access.js';

/** GET /v1/cases/:id — one case; reading the citizen's details in full is audit-logged. */
export const getCaseRoute = new Hono<AppEnv>().get('/:id', validate('param', IdParam), async (c) => {
  const auth = assertCaseReader(c);
  return c.json({ case: await getCaseDetail(c, auth, c.req.valid('param').id) });
});
