import { resolve } from 'node:path';
import { appUrlFor } from '@tongdai/db';
import { prepareDatabase } from '@tongdai/db/admin';
import { startEmbeddedPostgres } from '@tongdai/db/embedded';
import { seedDemoAccounts, seedDemoProvinces } from '@tongdai/db/seed';
import type { Env } from './env.js';
import type { Logger } from './lib/logger.js';

const repoRoot = resolve(import.meta.dirname, '../../..');

export const dataDir = (env: Env) => resolve(env.DATA_DIR ?? resolve(repoRoot, '.data'));

/**
 * Connects to DATABASE_URL, or starts the embedded Postgres under DATA_DIR (default `.data/`) when
 * it is unset; then bootstraps roles, migrates, and seeds the demo provinces on a new database.
 */
export async function openDatabase(env: Env, logger: Logger) {
  let adminUrl = env.DATABASE_URL;
  let stop = async () => undefined as void;
  let seed = env.SEED_DEMO === '1';
  if (!adminUrl) {
    const started = performance.now();
    const server = await startEmbeddedPostgres({
      dataDir: resolve(dataDir(env), 'postgres'),
      database: 'tongdai',
    });
    logger.info(
      { dataDir: dataDir(env), port: server.port, ms: Math.round(performance.now() - started) },
      'embedded postgres started',
    );
    adminUrl = server.url;
    stop = server.stop;
    seed = env.SEED_DEMO !== '0';
  }
  await prepareDatabase(adminUrl, env.DATABASE_APP_PASSWORD);
  if (seed) {
    const created = await seedDemoProvinces(adminUrl);
    const accounts = await seedDemoAccounts(adminUrl);
    if (created.length > 0 || accounts > 0) logger.info({ created, accounts }, 'demo data seeded');
  }
  const appUrl = env.DATABASE_APP_URL ?? appUrlFor(adminUrl, env.DATABASE_APP_PASSWORD);
  return { adminUrl, appUrl, stop };
}
