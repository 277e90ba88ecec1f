import { AgencyExportQuery } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { validate } from '../../../lib/validate.js';
import { exportDirectory } from '../../../services/agency-import.js';

export const exportAgencies = new Hono<AppEnv>().get(
  '/export',
  validate('query', AgencyExportQuery),
  async (c) => {
    const file = await exportDirectory(c, c.req.valid('query').format);
    return c.body(file.body, 200, file.headers);
  },
);
