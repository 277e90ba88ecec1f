import { IdParam, ReorderInput, TopicInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import * as service from '../../services/settings/topics.js';

export const topicSettingsRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ topics: await service.listTopics(c) }))
  .post('/', validate('json', TopicInput), async (c) =>
    c.json({ id: await service.createTopic(c, c.req.valid('json')) }, 201),
  )
  .post('/from-template', async (c) => c.json({ created: await service.topicsFromTemplate(c) }, 201))
  .put('/order', validate('json', ReorderInput), async (c) => {
    await service.reorderTopics(c, c.req.valid('json').ids);
    return c.json({ reordered: true });
  })
  .put('/:id', validate('param', IdParam), validate('json', TopicInput), async (c) => {
    await service.updateTopic(c, c.req.valid('param').id, c.req.valid('json'));
    return c.json({ updated: true });
  })
  .delete('/:id', validate('param', IdParam), async (c) => {
    await service.deleteTopic(c, c.req.valid('param').id);
    return c.json({ deleted: true });
  });
