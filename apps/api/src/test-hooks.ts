import type { AppDb } from '@tongdai/db';
import type { Hono } from 'hono';
import type { AppEnv } from './context.js';
import type { Logger } from './lib/logger.js';
import type { Mailer } from './lib/mailer.js';
import { sweepTenant } from './services/sla/sla-sweep.js';

/**
 * Browser tests only (TEST_HOOKS=1, never in production): move the API's clock forward and run the
 * SLA sweep at once, so a journey can see a case become at risk without waiting for days.
 * POST /__test/clock { "advanceMs": 86400000 } → { now }; POST /__test/sla-sweep → per-province results.
 */
export function mountTestHooks(
  app: Hono<AppEnv>,
  deps: { db: AppDb; mailer: Mailer; logger: Logger; now: () => Date; advance: (ms: number) => void },
) {
  deps.logger.warn('TEST_HOOKS=1: /__test/clock and /__test/sla-sweep are enabled');
  app.post('/__test/clock', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { advanceMs?: unknown };
    const ms = Number(body.advanceMs);
    if (!Number.isFinite(ms) || ms < 0)
      return c.json({ error: 'advanceMs must be a non-negative number' }, 400);
    deps.advance(ms);
    return c.json({ now: deps.now().toISOString() });
  });
  app.post('/__test/sla-sweep', async (c) => {
    const results: Record<string, unknown> = {};
    for (const t of await deps.db.listTenants()) results[t.slug] = await sweepTenant(deps, t.id, deps.now());
    return c.json({ now: deps.now().toISOString(), results });
  });
}
