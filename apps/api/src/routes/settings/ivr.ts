import { IdParam, IvrBranchInput, RosterQuery, RosterWeekInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import * as service from '../../services/settings/ivr.js';

export const ivrSettingsRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ branches: await service.listBranches(c) }))
  .post('/', validate('json', IvrBranchInput), async (c) =>
    c.json({ id: await service.createBranch(c, c.req.valid('json')) }, 201),
  )
  .put('/:id', validate('param', IdParam), validate('json', IvrBranchInput), async (c) => {
    await service.updateBranch(c, c.req.valid('param').id, c.req.valid('json'));
    return c.json({ updated: true });
  })
  .delete('/:id', validate('param', IdParam), async (c) => {
    await service.deleteBranch(c, c.req.valid('param').id);
    return c.json({ deleted: true });
  })
  .get('/:id/roster', validate('param', IdParam), validate('query', RosterQuery), async (c) =>
    c.json({ entries: await service.getRoster(c, c.req.valid('param').id, c.req.valid('query').weekStart) }),
  )
  .put('/:id/roster', validate('param', IdParam), validate('json', RosterWeekInput), async (c) => {
    await service.saveRoster(c, c.req.valid('param').id, c.req.valid('json'));
    return c.json({ saved: true });
  });
