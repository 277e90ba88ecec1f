import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { previewImport } from '../../../services/agency-import.js';
import { importUploadLimit } from './upload-limit.js';

/** Body: the raw CSV or XLSX file. Checks every row; writes nothing. */
export const previewAgencyImport = new Hono<AppEnv>().post('/import/preview', importUploadLimit, async (c) =>
  c.json(await previewImport(c)),
);
