import { CaseListQuery } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { listCases } from '../../services/cases/read.js';
import { assertCaseReader } from './access.js';

/** GET /v1/cases — the inbox: filters, keyset pages, phones and names masked. */
export const listCasesRoute = new Hono<AppEnv>().get('/', validate('query', CaseListQuery), async (c) => {
  const auth = assertCaseReader(c);
  return c.json(await listCases(c, auth, c.req.valid('query')));
});
