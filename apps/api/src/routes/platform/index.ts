import { AppointAdminInput, CreateTenantInput, TenantSlugParam, TenantStatusInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { requirePermission } from '../../middleware/require-permission.js';
import { requireHost } from '../../middleware/tenant.js';
import { appointTenantAdmin, createTenant, setTenantStatus } from '../../services/platform.js';
import { toTenantSummary } from '../tenant/serialize.js';

/** The base domain: the public list of provinces, and the platform admin's management of them. */
export const platformRoutes = new Hono<AppEnv>()
  .use(requireHost('platform'))
  .get('/tenants', async (c) => {
    const all = await c.get('deps').db.listTenants();
    const visible = all.filter((t) => t.status === 'active');
    return c.json({ tenants: visible.map(toTenantSummary) });
  })
  .get('/tenants/all', requirePermission('tenants.manage'), async (c) => {
    const all = await c.get('deps').db.listTenants();
    return c.json({ tenants: all.map(toTenantSummary) });
  })
  .post('/tenants', requirePermission('tenants.manage'), validate('json', CreateTenantInput), async (c) => {
    const tenant = await createTenant(c, c.req.valid('json'));
    return c.json({ tenant: toTenantSummary(tenant) }, 201);
  })
  .patch(
    '/tenants/:slug',
    requirePermission('tenants.manage'),
    validate('param', TenantSlugParam),
    validate('json', TenantStatusInput),
    async (c) => {
      const tenant = await setTenantStatus(c, c.req.valid('param').slug, c.req.valid('json').status);
      return c.json({ tenant: toTenantSummary(tenant) });
    },
  )
  .post(
    '/tenants/:slug/admin',
    requirePermission('tenants.manage'),
    validate('param', TenantSlugParam),
    validate('json', AppointAdminInput),
    async (c) => c.json(await appointTenantAdmin(c, c.req.valid('param').slug, c.req.valid('json')), 201),
  );
