import { isServedTenantStatus } from '@tongdai/core';
import { JOB_QUEUES, type AppDb } from '@tongdai/db';
import type PgBoss from 'pg-boss';
import type { Logger } from '../lib/logger.js';
import type { Mailer } from '../lib/mailer.js';
import { runScheduledDigest } from '../services/digest-schedule.js';
import { deliverRelays } from '../services/relay/deliver.js';

export interface TenantJob {
  tenantId: string;
}

interface Deps {
  db: AppDb;
  mailer: Mailer;
  logger: Logger;
  now: () => Date;
}

/**
 * Every 5 minutes the cron job fans out, per active province, its daily digest (issued once the
 * province's digest time has passed) and a retry of citizens' messages waiting on channels that have
 * an adapter. Both per-province queues are stately: at most one queued and one running per province.
 */
export async function registerDigestJobs(
  boss: PgBoss,
  deps: Deps,
  polling: { pollingIntervalSeconds: number },
  schedule: boolean,
) {
  const send = (queue: string, tenantId: string) =>
    boss.send(queue, { tenantId } satisfies TenantJob, { singletonKey: tenantId });
  const digestTenant = (tenantId: string) => send(JOB_QUEUES.digestTenant, tenantId);
  const relayTenant = (tenantId: string) => send(JOB_QUEUES.relayTenant, tenantId);

  await boss.work(JOB_QUEUES.digestSweep, polling, async () => {
    const tenants = await deps.db.listTenants();
    for (const t of tenants.filter((x) => isServedTenantStatus(x.status))) {
      await digestTenant(t.id);
      await relayTenant(t.id);
    }
  });
  await boss.work<TenantJob>(JOB_QUEUES.digestTenant, { ...polling, batchSize: 1 }, async (jobs) => {
    for (const job of jobs) await runScheduledDigest(deps, job.data.tenantId, deps.now());
  });
  await boss.work<TenantJob>(JOB_QUEUES.relayTenant, { ...polling, batchSize: 1 }, async (jobs) => {
    for (const job of jobs) await deliverRelays(deps, job.data.tenantId);
  });
  if (schedule) {
    await boss.schedule(JOB_QUEUES.digestSweep, '*/5 * * * *', {}, { tz: 'Asia/Ho_Chi_Minh' });
  }
  return { digestTenant, relayTenant };
}
