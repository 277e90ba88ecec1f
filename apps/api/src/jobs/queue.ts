import { isServedTenantStatus } from '@tongdai/core';
import { JOB_QUEUES, JOB_SCHEMA, type AppDb } from '@tongdai/db';
import PgBoss from 'pg-boss';
import type { Logger } from '../lib/logger.js';
import type { Mailer } from '../lib/mailer.js';
import type { SweepHooks } from '../services/sla/sla-sweep.js';
import { registerDigestJobs } from './digest-sweep.js';
import { slaSweepHandler, type SlaSweepJob } from './sla-sweep.js';

export interface JobsDeps {
  /** The app role's URL: pg-boss reads and writes jobs with the grants the bootstrap gave it. */
  appUrl: string;
  db: AppDb;
  mailer: Mailer;
  logger: Logger;
  now: () => Date;
  hooks?: SweepHooks;
}

export interface JobsOptions {
  /** Register the every-minute cron (stored in the database: it survives restarts). Default true. */
  schedule?: boolean;
  /**
   * Fire the stored crons from this process (default: as `schedule`). Tests that only check the
   * schedules are stored turn it off: a fired cron sweeps every province of the shared test database
   * at the real time, and its queued sweep would be picked up by another test's worker.
   */
  cronMonitor?: boolean;
  pollingIntervalSeconds?: number;
}

export interface Jobs {
  boss: PgBoss;
  /** Queues one province's sweep now (deduplicated per province by the stately queue). */
  sweepTenant: (tenantId: string) => Promise<string | null>;
  /** Queues one province's scheduled digest check now (issues only once its digest time has passed). */
  digestTenant: (tenantId: string) => Promise<string | null>;
  stop: (options?: { graceful?: boolean }) => Promise<void>;
}

/**
 * The worker: pg-boss on the app role (no migrations: the owner installed the schema and queues).
 * Every minute the cron job fans out one sweep job per active province; several API processes may
 * run this, pg-boss hands each job to one of them.
 */
export async function startJobs(deps: JobsDeps, options: JobsOptions = {}): Promise<Jobs> {
  const boss = new PgBoss({
    connectionString: deps.appUrl,
    schema: JOB_SCHEMA,
    application_name: 'tongdai-jobs',
    max: 3,
    migrate: false,
    supervise: true,
    schedule: options.cronMonitor ?? options.schedule ?? true,
  });
  boss.on('error', (err) => deps.logger.error({ err }, 'job queue error'));
  await boss.start();
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  const sweepTenant = (tenantId: string) =>
    boss.send(JOB_QUEUES.slaSweepTenant, { tenantId } satisfies SlaSweepJob, { singletonKey: tenantId });

  await boss.work(JOB_QUEUES.slaSweep, polling, async () => {
    const tenants = await deps.db.listTenants();
    for (const t of tenants.filter((x) => isServedTenantStatus(x.status))) await sweepTenant(t.id);
  });
  await boss.work<SlaSweepJob>(
    JOB_QUEUES.slaSweepTenant,
    { ...polling, batchSize: 1 },
    slaSweepHandler(deps),
  );
  const digest = await registerDigestJobs(boss, deps, polling, options.schedule ?? true);
  if (options.schedule ?? true) {
    await boss.schedule(JOB_QUEUES.slaSweep, '* * * * *', {}, { tz: 'Asia/Ho_Chi_Minh' });
  }
  return {
    boss,
    sweepTenant,
    digestTenant: digest.digestTenant,
    stop: ({ graceful = true } = {}) => boss.stop({ graceful, timeout: 10_000 }),
  };
}
