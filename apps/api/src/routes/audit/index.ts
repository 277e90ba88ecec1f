import { AuditQuery } from '@tongdai/contracts';
import { queries } from '@tongdai/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { inScope } from '../../lib/tenant-db.js';
import { validate } from '../../lib/validate.js';
import { assertPermission } from '../../middleware/require-permission.js';

const PAGE = 50;

/** The audit log of this scope: a province's for its admins, the platform's for platform admins. */
export const auditRoutes = new Hono<AppEnv>().get('/', validate('query', AuditQuery), async (c) => {
  assertPermission(c, c.get('target').kind === 'tenant' ? 'audit.read' : 'tenants.manage');
  const q = c.req.valid('query');
  const entries = await inScope(c, (tx, tenantId) =>
    queries.listAudit(tx, tenantId, {
      ...(q.action ? { action: q.action } : {}),
      ...(q.actor ? { actor: q.actor } : {}),
      ...(q.from ? { from: new Date(`${q.from}T00:00:00+07:00`) } : {}),
      ...(q.to ? { to: new Date(`${q.to}T23:59:59.999+07:00`) } : {}),
      ...(q.before ? { before: q.before } : {}),
      limit: PAGE,
    }),
  );
  const last = entries.at(-1);
  return c.json({ entries, nextBefore: entries.length === PAGE && last ? last.id : null });
});
