import { ExportQuery } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { validate } from '../../../lib/validate.js';
import { exportFaq } from '../../../services/faq/import.js';

export const exportFaqEntries = new Hono<AppEnv>().get(
  '/export',
  validate('query', ExportQuery),
  async (c) => {
    const file = await exportFaq(c, c.req.valid('query').format);
    return c.body(file.body, 200, file.headers);
  },
);
