import { IdParam } from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { validate } from '../../lib/validate.js';
import { audit } from '../../services/audit.js';
import { assertCaseReader } from './access.js';

/** One case with the citizen's details; every read of them is written to the audit log. */
export const getCase = new Hono<AppEnv>().get('/:id', validate('param', IdParam), async (c) => {
  assertCaseReader(c);
  const { id } = c.req.valid('param');
  const found = await inTenant(c, async (tx, tenantId) => {
    const row = await queries.findCase(tx, tenantId, id);
    if (row) {
      await audit(c, tx, tenantId, { action: 'personal_data.read', targetType: 'case', targetId: row.id });
    }
    return row;
  });
  if (!found) throw notFound('Không tìm thấy hồ sơ này.');
  return c.json({ case: found });
});
