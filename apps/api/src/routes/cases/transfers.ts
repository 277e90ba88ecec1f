import { IdParam, NextNumbersQuery, TransferAttemptInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { logTransferAttempt, nextNumbers } from '../../services/cases/transfer.js';
import { assertCaseHandler } from './access.js';

/**
 * POST /v1/cases/:id/transfers — log one call to an agency number and its outcome.
 * GET /v1/cases/:id/transfers/next?agencyId= — the agency's numbers to try now, in failover order.
 */
export const transferRoutes = new Hono<AppEnv>()
  .post('/:id/transfers', validate('param', IdParam), validate('json', TransferAttemptInput), async (c) => {
    const auth = assertCaseHandler(c);
    return c.json(await logTransferAttempt(c, auth, c.req.valid('param').id, c.req.valid('json')), 201);
  })
  .get('/:id/transfers/next', validate('param', IdParam), validate('query', NextNumbersQuery), async (c) => {
    assertCaseHandler(c);
    return c.json(await nextNumbers(c, c.req.valid('param').id, c.req.valid('query').agencyId));
  });
