import { resolve } from 'node:path';
import { prepareDatabase } from '@tongdai/db/admin';
import { generateCases } from '@tongdai/db/bench';
import { startEmbeddedPostgres } from '@tongdai/db/embedded';
import { seedDemoProvinces } from '@tongdai/db/seed';
import postgres from 'postgres';

/**
 * How a production server for a province is set up (and the bench server runs): the hot part of a
 * million cases in shared buffers, and SSD storage, where a random page costs about what a
 * sequential one does. With the defaults (128 MB, 4.0) the planner reads the whole table rather than
 * 100,000 rows of an index, and every query copies pages from the operating system's cache.
 */
export const BENCH_SERVER_SETTINGS = {
  shared_buffers: '1GB',
  effective_cache_size: '4GB',
  random_page_cost: '1.1',
};

/**
 * The database the case benchmarks share: BENCH_DATABASE_URL (a superuser URL) or an embedded
 * PostgreSQL kept in .data/bench-postgres, where the Thanh Hóa demo province gets BENCH_CASES
 * (default 1,000,000) generated cases once and keeps them for the next run.
 */
export async function openBenchProvince(out: (line?: string) => void) {
  const cases = Number(process.env.BENCH_CASES ?? 1_000_000);
  let adminUrl = process.env.BENCH_DATABASE_URL;
  let stopServer = async () => undefined as void;
  if (!adminUrl) {
    const server = await startEmbeddedPostgres({
      dataDir: resolve(import.meta.dirname, '../../../.data/bench-postgres'),
      database: 'tongdai_bench',
      settings: BENCH_SERVER_SETTINGS,
    });
    adminUrl = server.url;
    stopServer = server.stop;
  }
  await prepareDatabase(adminUrl);
  await seedDemoProvinces(adminUrl);
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  const [tenant] = await admin<{ id: string }[]>`select id from tenants where slug = 'thanhhoa'`;
  const tenantId = tenant!.id;
  const [{ n: existing } = { n: 0 }] = await admin<{ n: number }[]>`
    select count(*)::int as n from cases where tenant_id = ${tenantId}`;
  if (existing < cases) {
    out(`Generating ${(cases - existing).toLocaleString('en')} cases for Thanh Hóa…`);
    const started = performance.now();
    await generateCases(admin, {
      tenantId,
      count: cases - existing,
      onProgress: (done) => process.stdout.write(`  ${done.toLocaleString('en')}\r`),
    });
    out(`Generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return { adminUrl, admin, tenantId, stopServer };
}

/** The q-quantile of ascending `sorted` times. */
export const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}
/** What EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) returns for one statement. */
export type ExplainedPlan = { Plan: PlanNode; 'Execution Time': number }[];

const flatten = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(flatten)];

/** "Index Scan cases_inbox + Seq Scan cases | 3.20 ms | hit 120 read 0": how the tables were read. */
export function planSummary([plan]: ExplainedPlan, tables: string[]): string {
  const ran = flatten(plan!.Plan).filter(
    (n) =>
      n['Actual Loops'] !== 0 &&
      tables.some((t) => n['Relation Name'] === t || n['Index Name']?.startsWith(t)),
  );
  const access = [
    ...new Set(ran.map((n) => `${n['Node Type']}${n['Index Name'] ? ` ${n['Index Name']}` : ''}`)),
  ].join(' + ');
  const buffers = `hit ${plan!.Plan['Shared Hit Blocks'] ?? 0} read ${plan!.Plan['Shared Read Blocks'] ?? 0}`;
  return `${access} | ${plan!['Execution Time'].toFixed(2)} ms | ${buffers}`;
}
