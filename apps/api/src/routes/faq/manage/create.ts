import { FaqInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { validate } from '../../../lib/validate.js';
import { createEntry } from '../../../services/faq/entries.js';

export const createFaqEntry = new Hono<AppEnv>().post('/entries', validate('json', FaqInput), async (c) =>
  c.json({ entry: await createEntry(c, c.req.valid('json')) }, 201),
);
