import { DigestListQuery } from '@tongdai/contracts';
import { DEFAULT_DIGEST_TIME } from '@tongdai/core';
import { queries } from '@tongdai/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { inTenant } from '../../lib/tenant-db.js';
import { validate } from '../../lib/validate.js';
import { assertPermission } from '../../middleware/require-permission.js';
import { toDigestSummary } from './serialize.js';

/** Digest history, newest first, filtered by agency and date range; with the time they go out. */
export const listDigests = new Hono<AppEnv>().get('/', validate('query', DigestListQuery), async (c) => {
  assertPermission(c, 'digests.read');
  const filters = c.req.valid('query');
  const { rows, settings } = await inTenant(c, async (tx, tenantId) => ({
    rows: await queries.listDigests(tx, tenantId, filters),
    settings: await queries.getDigestSettings(tx, tenantId),
  }));
  return c.json({
    digests: rows.map(toDigestSummary),
    digestTime: settings?.digestTime ?? DEFAULT_DIGEST_TIME,
  });
});
