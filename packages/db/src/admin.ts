/**
 * The owner's side of the database: bootstrap of roles, migrations, seeds and cross-tenant jobs.
 * Never imported by API routes (a lint rule keeps it out); its name is meant to stand out in review.
 */
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { connect, type Connection } from './client.js';
import { installJobQueues, JOB_SCHEMA } from './job-queues.js';
import { MIGRATIONS_FOLDER } from './migrations.js';
import { APP_ROLE, OWNER_ROLE } from './schema/roles.js';
import { databaseName, DEV_APP_PASSWORD, withDatabase } from './urls.js';

export { connect as connectAdmin };
export { createTenantRegistryAdmin, type TenantRegistryAdmin } from './registry-admin.js';
export {
  GLOBAL_TABLES,
  tenantTables,
  unprotectedTables,
  unprotectedTenantTables,
  type TableProtection,
} from './catalog.js';
export type { Connection };
export { installJobQueues, JOB_QUEUES, JOB_SCHEMA } from './job-queues.js';

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** Key of the advisory lock that serialises bootstraps on one cluster (roles are cluster-wide). */
const BOOTSTRAP_LOCK = 'tongdai:bootstrap';

/**
 * Creates the owner and app roles and the database owned by the owner role, then its schemas,
 * grants and extensions. Idempotent. Concurrent callers on one cluster (two API instances starting,
 * two test packages) take turns on an advisory lock: role and catalog rows updated at the same time
 * fail with "tuple concurrently updated". `serverUrl` must be a superuser on the cluster.
 */
export async function bootstrapDatabase(
  serverUrl: string,
  options: { appPassword?: string } = {},
): Promise<void> {
  const dbName = databaseName(serverUrl);
  const admin = postgres(withDatabase(serverUrl, 'postgres'), { max: 1, onnotice: () => undefined });
  try {
    await admin`select pg_advisory_lock(hashtext(${BOOTSTRAP_LOCK}))`;
    await ensureRole(admin, OWNER_ROLE, 'NOLOGIN');
    await ensureRole(admin, APP_ROLE, 'LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE');
    await admin.unsafe(
      `ALTER ROLE ${APP_ROLE} PASSWORD ${quoteLiteral(options.appPassword ?? DEV_APP_PASSWORD)}`,
    );
    const exists = await admin`select 1 from pg_database where datname = ${dbName}`;
    if (exists.length === 0) {
      await admin.unsafe(`CREATE DATABASE ${quoteIdent(dbName)} OWNER ${OWNER_ROLE}`).catch((e) => {
        if ((e as { code?: string }).code !== '42P04') throw e;
      });
    }
    await prepareSchemas(serverUrl, dbName);
  } finally {
    // Ending the session releases the lock too; unlocking first lets the next caller go at once.
    await admin`select pg_advisory_unlock(hashtext(${BOOTSTRAP_LOCK}))`.catch(() => undefined);
    await admin.end();
  }
}

async function prepareSchemas(serverUrl: string, dbName: string): Promise<void> {
  const db = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  try {
    await db.unsafe(`
      ALTER SCHEMA public OWNER TO ${OWNER_ROLE};
      REVOKE ALL ON SCHEMA public FROM PUBLIC;
      GRANT USAGE ON SCHEMA public TO ${APP_ROLE};
      GRANT CONNECT ON DATABASE ${quoteIdent(dbName)} TO ${APP_ROLE};
      CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
      CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
      CREATE SCHEMA IF NOT EXISTS drizzle AUTHORIZATION ${OWNER_ROLE};
      GRANT USAGE ON SCHEMA drizzle TO ${APP_ROLE};
      ALTER DEFAULT PRIVILEGES FOR ROLE ${OWNER_ROLE} IN SCHEMA public
        GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE};
      ALTER DEFAULT PRIVILEGES FOR ROLE ${OWNER_ROLE} IN SCHEMA public
        GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE};
      ALTER DEFAULT PRIVILEGES FOR ROLE ${OWNER_ROLE} IN SCHEMA drizzle
        GRANT SELECT ON TABLES TO ${APP_ROLE};
      CREATE SCHEMA IF NOT EXISTS ${JOB_SCHEMA} AUTHORIZATION ${OWNER_ROLE};
      GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE};
      ALTER DEFAULT PRIVILEGES FOR ROLE ${OWNER_ROLE} IN SCHEMA ${JOB_SCHEMA}
        GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE};
    `);
    await markLeakproof(db);
  } finally {
    await db.end();
  }
}

/**
 * Under row-level security Postgres uses a filter as an index condition only when its operator is
 * LEAKPROOF; enum equality and full-text match are not marked so, which turns the case inbox's status,
 * channel and SLA filters and its text search into scans. Both only compare their arguments and raise no
 * error that could reveal a row, so the bootstrap (a superuser) marks them. Without the privilege the
 * queries stay correct, only slower.
 */
async function markLeakproof(db: postgres.Sql): Promise<void> {
  for (const fn of ['enum_eq(anyenum, anyenum)', 'ts_match_vq(tsvector, tsquery)']) {
    await db.unsafe(`ALTER FUNCTION pg_catalog.${fn} LEAKPROOF`).catch((e: { code?: string }) => {
      if (e.code !== '42501') throw e;
    });
  }
}

async function ensureRole(sql: postgres.Sql, role: string, attributes: string): Promise<void> {
  const found = await sql`select 1 from pg_roles where rolname = ${role}`;
  if (found.length > 0) return;
  await sql.unsafe(`CREATE ROLE ${role} ${attributes}`).catch((e) => {
    // Another process created it between our check and now.
    if ((e as { code?: string }).code !== '42710' && (e as { code?: string }).code !== '23505') throw e;
  });
}

/** Applies pending migrations as the owner role, so every table belongs to the owner, not the app. */
export async function runMigrations(adminUrl: string): Promise<void> {
  const client = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    await client.unsafe(`SET ROLE ${OWNER_ROLE}`);
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.end();
  }
}

/** Bootstrap + migrate: what a fresh database needs before the API can use it. */
export async function prepareDatabase(adminUrl: string, appPassword?: string): Promise<void> {
  await bootstrapDatabase(adminUrl, appPassword ? { appPassword } : {});
  await runMigrations(adminUrl);
  await installJobQueues(adminUrl);
}

export async function dropDatabase(adminUrl: string): Promise<void> {
  const admin = postgres(withDatabase(adminUrl, 'postgres'), { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${quoteIdent(databaseName(adminUrl))} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
