/**
 * `pnpm --filter @tongdai/api bench`: latency of typical requests through the whole API (middleware,
 * session check, tenant transaction, row-level security) on a fresh embedded Postgres or
 * TEST_DATABASE_URL. Prints p50/p95/p99 per request kind; in-process, so no network is counted.
 */
import { createAppDb } from '@tongdai/db';
import { createTenantRegistryAdmin } from '@tongdai/db/admin';
import { createLimiters } from '@tongdai/rate-limit';
import { createMember, createProvince, createTestDatabase } from '@tongdai/test-utils';
import { pino } from 'pino';
import { newApp } from '../src/app.js';
import { createDiskAttachmentStore } from '../src/lib/attachment-store.js';
import { createMailer } from '../src/lib/mailer.js';
import { createSecretBox, DEV_SECRETS_KEY } from '../src/lib/secret-box.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2000);

const database = await createTestDatabase();
const logger = pino({ level: 'silent' });
const db = createAppDb(database.appUrl, { max: 4 });
const registry = createTenantRegistryAdmin(database.adminUrl);
const limiters = createLimiters({ logger });
const app = newApp({
  db,
  registry,
  limiters,
  secrets: createSecretBox(DEV_SECRETS_KEY),
  mailer: createMailer({ captureDir: '/tmp/tongdai-bench-mail', logger }),
  attachments: createDiskAttachmentStore('/tmp/tongdai-bench-attachments'),
  baseDomain: 'localhost',
  trustProxy: true,
  logger,
  now: () => new Date(),
});
const province = await createProvince(database.adminUrl);
await createProvince(database.adminUrl);
const operator = await createMember(database.adminUrl, province.id, { role: 'operator' });
const host = `${province.slug}.localhost:5173`;
const login = await app.request('/v1/auth/login', {
  method: 'POST',
  headers: {
    host,
    origin: `http://${host}`,
    'content-type': 'application/json',
    'x-forwarded-for': '198.51.100.1',
  },
  body: JSON.stringify({ email: operator.email, password: operator.password }),
});
const cookie = /tongdai_session=[^;]*/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';

async function measure(name: string, path: string, headers: Record<string, string>) {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    const res = await app.request(path, { headers: { host, ...headers } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${name}: status ${res.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  process.stdout.write(`${name.padEnd(38)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  p99 ${at(0.99)} ms\n`);
}

process.stdout.write(`\n${ROUNDS} requests each, ${database.server} PostgreSQL, in-process\n`);
await measure('GET /health', '/health', {});
await measure('GET /v1/tenant (public, tenant tx)', '/v1/tenant', {});
await measure('GET /v1/agencies (public, join)', '/v1/agencies', {});
await measure('GET /v1/auth/me (session check)', '/v1/auth/me', { cookie });
await measure('GET /v1/cases (session + RLS list)', '/v1/cases', { cookie });

await Promise.all([db.close(), registry.close(), limiters.close()]);
await database.dispose();
