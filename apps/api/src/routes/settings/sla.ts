import { IdParam, SlaClassInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import * as service from '../../services/settings/sla.js';

export const slaSettingsRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ classes: await service.listSlaClasses(c) }))
  .post('/', validate('json', SlaClassInput), async (c) =>
    c.json({ id: await service.createSlaClass(c, c.req.valid('json')) }, 201),
  )
  .put('/:id', validate('param', IdParam), validate('json', SlaClassInput), async (c) => {
    await service.updateSlaClass(c, c.req.valid('param').id, c.req.valid('json'));
    return c.json({ updated: true });
  })
  .delete('/:id', validate('param', IdParam), async (c) => {
    await service.deleteSlaClass(c, c.req.valid('param').id);
    return c.json({ deleted: true });
  });
