import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { commitImport } from '../../../services/agency-import.js';
import { importUploadLimit } from './upload-limit.js';

/** Body: the raw CSV or XLSX file. Writes the valid rows, reports the others. */
export const commitAgencyImport = new Hono<AppEnv>().post('/import/commit', importUploadLimit, async (c) =>
  c.json(await commitImport(c)),
);
