import { FaqAdminListQuery } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { validate } from '../../../lib/validate.js';
import { listEntries } from '../../../services/faq/entries.js';

export const listFaqEntries = new Hono<AppEnv>().get(
  '/entries',
  validate('query', FaqAdminListQuery),
  async (c) => c.json(await listEntries(c, c.req.valid('query'))),
);
