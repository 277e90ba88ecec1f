import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { importUploadLimit } from '../../../lib/spreadsheet.js';
import { commitFaqImport, previewFaqImport } from '../../../services/faq/import.js';

/** Body: the raw CSV or XLSX file. Preview checks every row and writes nothing; commit writes the valid rows. */
export const importFaq = new Hono<AppEnv>()
  .post('/import/preview', importUploadLimit, async (c) => c.json(await previewFaqImport(c)))
  .post('/import/commit', importUploadLimit, async (c) => c.json(await commitFaqImport(c)));
