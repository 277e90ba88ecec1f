import { queries } from '@tongdai/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { inTenant } from '../../../lib/tenant-db.js';

/** Topics and agencies an entry may name, for the edit form's choices. */
export const listFaqReferences = new Hono<AppEnv>().get('/references', async (c) =>
  c.json(await inTenant(c, (tx, tenantId) => queries.listFaqReferences(tx, tenantId))),
);
