import { IdParam } from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { notFound } from '../../lib/errors.js';
import { renderDigestPdf } from '../../lib/pdf/digest-pdf.js';
import { inTenant } from '../../lib/tenant-db.js';
import { validate } from '../../lib/validate.js';
import { assertPermission } from '../../middleware/require-permission.js';
import { digestFileName } from '../../services/digests.js';

/** The letter as a PDF, drawn from the stored letter: the same document the agency received. */
export const getDigestPdf = new Hono<AppEnv>().get('/:id/pdf', validate('param', IdParam), async (c) => {
  assertPermission(c, 'digests.read');
  const { id } = c.req.valid('param');
  const found = await inTenant(c, (tx, tenantId) => queries.findDigest(tx, tenantId, id));
  if (!found) throw notFound('Không tìm thấy công văn này.');
  const pdf = await renderDigestPdf(found.letter);
  return c.body(new Uint8Array(pdf), 200, {
    'content-type': 'application/pdf',
    'content-disposition': `inline; filename="${digestFileName(found.letter)}"`,
    'cache-control': 'private, no-store',
  });
});
