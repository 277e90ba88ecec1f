import PgBoss from 'pg-boss';
import postgres from 'postgres';
import { OWNER_ROLE } from './schema/roles.js';

/**
 * The Postgres-backed job queue (pg-boss 10, the last line that runs on Node 20). Its schema belongs to
 * the owner role like every table: the owner installs it and creates every queue (a queue is a table
 * partition, i.e. DDL); the app role only reads and writes jobs through the grants of the bootstrap.
 */
export const JOB_SCHEMA = 'pgboss';

export const JOB_QUEUES = {
  /** Cron, every minute: fans out one sweep per active province. */
  slaSweep: 'sla-sweep',
  /** One province's SLA sweep; at most one queued and one running per province. */
  slaSweepTenant: 'sla-sweep-tenant',
  /** Cron, every 5 minutes: fans out the daily digest and the citizens' message retries per province. */
  digestSweep: 'digest-sweep',
  /** One province's daily digest once its digest time has passed (idempotent within the day). */
  digestTenant: 'digest-tenant',
  /** One province's messages to citizens that are due a (re)try on channels with an adapter. */
  relayTenant: 'relay-tenant',
} as const;

// pg-boss's own queue for cron schedules; created here because the app role cannot create partitions.
const CRON_QUEUE = '__pgboss__send-it';

const QUEUE_OPTIONS: Record<string, PgBoss.Queue> = {
  [JOB_QUEUES.slaSweep]: {
    name: JOB_QUEUES.slaSweep,
    policy: 'singleton',
    retryLimit: 0,
    expireInSeconds: 300,
  },
  [JOB_QUEUES.slaSweepTenant]: {
    name: JOB_QUEUES.slaSweepTenant,
    policy: 'stately',
    retryLimit: 3,
    retryDelay: 5,
    expireInSeconds: 300,
  },
  [JOB_QUEUES.digestSweep]: {
    name: JOB_QUEUES.digestSweep,
    policy: 'singleton',
    retryLimit: 0,
    expireInSeconds: 300,
  },
  [JOB_QUEUES.digestTenant]: {
    name: JOB_QUEUES.digestTenant,
    policy: 'stately',
    retryLimit: 3,
    retryDelay: 30,
    expireInSeconds: 600,
  },
  [JOB_QUEUES.relayTenant]: {
    name: JOB_QUEUES.relayTenant,
    policy: 'stately',
    retryLimit: 1,
    retryDelay: 30,
    expireInSeconds: 300,
  },
  [CRON_QUEUE]: { name: CRON_QUEUE },
};

/** Runs pg-boss's statements on one owner connection (postgres.js), as the owner role. */
function ownerExecutor(client: postgres.Sql): PgBoss.Db {
  return {
    executeSql: async (text: string, values?: unknown[]) => {
      const rows = values?.length
        ? await client.unsafe(text, values as postgres.ParameterOrJSON<never>[])
        : await client.unsafe(text);
      return { rows: Array.isArray(rows) ? [...rows] : [] };
    },
  };
}

/** Installs or migrates the pg-boss schema and creates the queues (idempotent). `adminUrl`: superuser. */
export async function installJobQueues(adminUrl: string): Promise<void> {
  const client = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    await client.unsafe(`SET ROLE ${OWNER_ROLE}`);
    const boss = new PgBoss({
      db: ownerExecutor(client),
      schema: JOB_SCHEMA,
      migrate: true,
      supervise: false,
      schedule: false,
    });
    await boss.start();
    for (const [name, options] of Object.entries(QUEUE_OPTIONS)) await boss.createQueue(name, options);
    await boss.stop({ graceful: false, close: false });
  } finally {
    await client.end();
  }
}
