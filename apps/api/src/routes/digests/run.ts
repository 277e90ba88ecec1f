import { DigestRunInput, type DigestRunOutput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { inTenant } from '../../lib/tenant-db.js';
import { validate } from '../../lib/validate.js';
import { assertPermission } from '../../middleware/require-permission.js';
import { audit } from '../../services/audit.js';
import { runDailyDigest } from '../../services/digests.js';

/** Issues and sends today's digests now (or a missed day's); running again creates nothing new. */
export const runDigests = new Hono<AppEnv>().post('/run', validate('json', DigestRunInput), async (c) => {
  assertPermission(c, 'digests.run');
  const { date } = c.req.valid('json');
  const result: DigestRunOutput = await runDailyDigest(c.get('deps'), c.get('tenant'), date);
  await inTenant(c, (tx, tenantId) =>
    audit(c, tx, tenantId, {
      action: 'digests.run',
      details: { date: result.date, created: result.created.length, sent: result.sent.length },
    }),
  );
  return c.json(result);
});
