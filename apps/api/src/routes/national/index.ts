import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { requirePermission } from '../../middleware/require-permission.js';
import { requireHost } from '../../middleware/tenant.js';

/**
 * The ministry's view: figures across provinces, never a province's rows. For now the registry's
 * counts; case aggregates arrive with the reporting work.
 */
export const nationalRoutes = new Hono<AppEnv>()
  .use(requireHost('national'))
  .get('/summary', requirePermission('national.read'), async (c) => {
    const tenants = await c.get('deps').db.listTenants();
    const byStatus: Record<string, number> = {};
    for (const t of tenants) byStatus[t.status] = (byStatus[t.status] ?? 0) + 1;
    return c.json({ provinces: tenants.length, byStatus });
  });
