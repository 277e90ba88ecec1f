import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appUrlFor, withDatabase } from '@tongdai/db';
import { dropDatabase, prepareDatabase } from '@tongdai/db/admin';
import { startEmbeddedPostgres } from '@tongdai/db/embedded';

export interface TestDatabase {
  /** Superuser URL of the fresh database (migrations, seeds, catalog checks). */
  adminUrl: string;
  /** URL of the non-owner app role on the same database. */
  appUrl: string;
  server: 'embedded' | 'external';
  dispose: () => Promise<void>;
}

/**
 * A fresh, migrated database for one test run: on the server TEST_DATABASE_URL names (a superuser
 * URL, e.g. the machine's PostgreSQL in CI), else on an embedded PostgreSQL in a temporary folder.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `tongdai_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const external = process.env.TEST_DATABASE_URL;
  let stopServer = async () => undefined as void;
  let adminUrl: string;
  if (external) {
    adminUrl = withDatabase(external, name);
  } else {
    const dataDir = await mkdtemp(join(tmpdir(), 'tongdai-pg-'));
    const server = await startEmbeddedPostgres({ dataDir, database: name, persistent: false });
    adminUrl = server.url;
    stopServer = server.stop;
  }
  await prepareDatabase(adminUrl);
  return {
    adminUrl,
    appUrl: appUrlFor(adminUrl),
    server: external ? 'external' : 'embedded',
    dispose: async () => {
      if (external) await dropDatabase(adminUrl);
      await stopServer();
    },
  };
}
