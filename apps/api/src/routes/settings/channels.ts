import { ChannelInput, IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import * as service from '../../services/settings/channels.js';

/** Channel secrets go in and are never returned: only whether one is set. */
export const channelSettingsRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ channels: await service.listChannels(c) }))
  .post('/', validate('json', ChannelInput), async (c) =>
    c.json({ id: await service.createChannel(c, c.req.valid('json')) }, 201),
  )
  .put('/:id', validate('param', IdParam), validate('json', ChannelInput), async (c) => {
    await service.updateChannel(c, c.req.valid('param').id, c.req.valid('json'));
    return c.json({ updated: true });
  })
  .delete('/:id', validate('param', IdParam), async (c) => {
    await service.deleteChannel(c, c.req.valid('param').id);
    return c.json({ deleted: true });
  });
