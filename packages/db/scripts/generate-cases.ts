/**
 * `pnpm cases:generate [--tenant thanhhoa] [--count 1000000]`: bulk realistic cases for one province
 * on DATABASE_URL, or on the embedded development database under DATA_DIR (stop `pnpm dev` first).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { prepareDatabase } from '../src/admin.js';
import { generateCases } from '../src/bench/generate-cases.js';
import { startEmbeddedPostgres } from '../src/embedded.js';
import { seedDemoProvinces } from '../src/seed/index.js';

const { values } = parseArgs({
  options: { tenant: { type: 'string', default: 'thanhhoa' }, count: { type: 'string', default: '1000000' } },
});
const count = Number(values.count);
let url = process.env.DATABASE_URL;
let stop = async () => undefined as void;
if (!url) {
  const dataDir = resolve(process.env.DATA_DIR ?? resolve(import.meta.dirname, '../../../.data'), 'postgres');
  const server = await startEmbeddedPostgres({ dataDir, database: 'tongdai' });
  url = server.url;
  stop = server.stop;
}
await prepareDatabase(url, process.env.DATABASE_APP_PASSWORD);
await seedDemoProvinces(url);
const sql = postgres(url, { max: 1, onnotice: () => undefined });
try {
  const [tenant] = await sql<{ id: string }[]>`select id from tenants where slug = ${values.tenant!}`;
  if (!tenant) throw new Error(`no province "${values.tenant}"`);
  const started = performance.now();
  await generateCases(sql, {
    tenantId: tenant.id,
    count,
    onProgress: (done) =>
      process.stdout.write(`  ${done.toLocaleString('en')} / ${count.toLocaleString('en')}\n`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `Generated ${count.toLocaleString('en')} cases for ${values.tenant} in ${seconds} s\n`,
  );
} finally {
  await sql.end();
  await stop();
}
