import { IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { validate } from '../../../lib/validate.js';
import { getEntry } from '../../../services/faq/entries.js';

/** An entry in any state, with its revision history (newest first). */
export const getFaqEntry = new Hono<AppEnv>().get('/entries/:id', validate('param', IdParam), async (c) =>
  c.json(await getEntry(c, c.req.valid('param').id)),
);
