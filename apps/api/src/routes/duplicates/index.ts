import { IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { doc } from '../agency-docs.js';
import { suggestDuplicates } from '../../services/duplicates.js';
import { assertCaseHandler } from '../cases/access.js';

/** GET /v1/cases/:id/duplicates — likely duplicates to merge (same phone in 72 h, near-identical text). */
export const duplicateRoutes = new Hono<AppEnv>().get(
  '/:id/duplicates',
  doc('Gợi ý hồ sơ trùng (cùng số điện thoại 72 giờ, nội dung gần giống)', [401, 403, 404]),
  validate('param', IdParam),
  async (c) => {
    assertCaseHandler(c);
    return c.json({ duplicates: await suggestDuplicates(c, c.req.valid('param').id) });
  },
);
