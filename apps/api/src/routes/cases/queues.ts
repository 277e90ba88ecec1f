import { CaseQueueQuery } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { listQueue, openCaseCounts } from '../../services/cases/read.js';
import { assertSupervisor } from './access.js';

/** Supervisors' views: open cases at risk / breached (nearest deadline first), counts per agency and operator. */
export const queueRoutes = new Hono<AppEnv>()
  .get('/queues/at-risk', validate('query', CaseQueueQuery), async (c) => {
    const auth = assertSupervisor(c);
    return c.json(await listQueue(c, auth, 'at_risk', c.req.valid('query')));
  })
  .get('/queues/breached', validate('query', CaseQueueQuery), async (c) => {
    const auth = assertSupervisor(c);
    return c.json(await listQueue(c, auth, 'breached', c.req.valid('query')));
  })
  .get('/queues/counts', async (c) => {
    assertSupervisor(c);
    return c.json(await openCaseCounts(c));
  });
