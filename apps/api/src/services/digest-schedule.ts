import { DEFAULT_DIGEST_TIME, digestDueNow, isServedTenantStatus, isWorkingDay } from '@tongdai/core';
import { queries, type AppDb } from '@tongdai/db';
import type { Logger } from '../lib/logger.js';
import type { Mailer } from '../lib/mailer.js';
import { loadCalendar } from './cases/sla-context.js';
import { runDailyDigest, type DigestRunResult } from './digests.js';

export interface ScheduledDigestDeps {
  db: AppDb;
  mailer: Mailer;
  logger: Logger;
}

/**
 * One province's scheduled digest at `now`: once its digest time has passed on a working day of its
 * calendar, the day's letters are issued and mailed. Running it again the same day creates nothing and
 * only retries e-mails that failed, so the sweep may call it every few minutes.
 */
export async function runScheduledDigest(
  deps: ScheduledDigestDeps,
  tenantId: string,
  now: Date,
): Promise<DigestRunResult | null> {
  const tenant = (await deps.db.listTenants()).find((t) => t.id === tenantId);
  if (!tenant || !isServedTenantStatus(tenant.status)) return null;
  const { settings, calendar } = await deps.db.withTenant({ tenantId, role: 'system' }, async (tx) => ({
    settings: await queries.getDigestSettings(tx, tenantId),
    calendar: await loadCalendar(tx, tenantId, now),
  }));
  const date = digestDueNow(now, settings?.digestTime ?? DEFAULT_DIGEST_TIME, tenant.timeZone, (d) =>
    isWorkingDay(d, calendar),
  );
  if (!date) return null;
  const result = await runDailyDigest({ ...deps, now: () => now }, tenant, date);
  if (result.created.length + result.sent.length > 0) {
    deps.logger.info(
      { tenantId, date, created: result.created.length, sent: result.sent.length },
      'scheduled digest',
    );
  }
  return result;
}
