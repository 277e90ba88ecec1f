import { IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { validate } from '../../../lib/validate.js';
import { deleteEntry } from '../../../services/faq/entries.js';

export const deleteFaqEntry = new Hono<AppEnv>().delete(
  '/entries/:id',
  validate('param', IdParam),
  async (c) => {
    await deleteEntry(c, c.req.valid('param').id);
    return c.json({ deleted: true });
  },
);
