/**
 * `pnpm bench:cases`: the inbox's queries at a million cases. On BENCH_DATABASE_URL (a superuser URL)
 * or an embedded PostgreSQL kept in .data/bench-postgres, the Thanh Hóa demo province gets
 * BENCH_CASES (default 1,000,000) generated cases once; then every query runs BENCH_ROUNDS times
 * (default 200) through the real query code, as the app role inside `withTenant` (row-level security
 * on), and prints p50/p95 plus an EXPLAIN (ANALYZE, BUFFERS) summary of each. BENCH_ONLY (a regular
 * expression) runs only the queries it matches.
 */
import { appUrlFor, createAppDb, queries, type Tx } from '@tongdai/db';
import postgres from 'postgres';
import { openBenchProvince, percentile as pct, planSummary, type ExplainedPlan } from './bench-province.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const out = (line = '') => process.stdout.write(`${line}\n`);

const { adminUrl, admin, tenantId, stopServer } = await openBenchProvince(out);
const [sample] = await admin`select
    (select topic_id from cases where tenant_id = ${tenantId} and topic_id is not null group by 1 order by count(*) desc limit 1) as topic,
    (select agency_id from cases where tenant_id = ${tenantId} and agency_id is not null group by 1 order by count(*) desc limit 1) as agency,
    (select operator_id from cases where tenant_id = ${tenantId} and operator_id is not null limit 1) as operator,
    (select citizen_phone from cases where tenant_id = ${tenantId} and citizen_phone is not null limit 1) as phone,
    (select count(*)::int from cases where tenant_id = ${tenantId}) as total`;
const { topic, agency, operator, phone, total } = sample as unknown as {
  topic: string;
  agency: string;
  operator: string;
  phone: string;
  total: number;
};

const appUrl = appUrlFor(adminUrl);
const db = createAppDb(appUrl, { max: 1 });
const explainer = postgres(appUrl, { max: 1, onnotice: () => undefined });
const operatorCtx = { tenantId, role: 'operator', userId: operator };
const agencyCtx = { tenantId, role: 'agency_staff', agencyId: agency };
const now = new Date();
const day = 86_400_000;

type Query = { toSQL: () => { sql: string; params: unknown[] } } & Promise<unknown>;
type Ctx = { tenantId: string; role: string; userId?: string; agencyId?: string };
interface Bench {
  name: string;
  ctx: Ctx;
  run: (tx: Tx) => Promise<unknown>;
  /** The statement EXPLAIN shows (for a text search: the step that answered). */
  plan: (tx: Tx) => Query;
}
const filterBench = (name: string, f: Partial<queries.CaseListFilter>, ctx: Ctx = operatorCtx): Bench => ({
  name,
  ctx,
  run: (tx) => queries.listCases(tx, tenantId, { limit: 51, ...f }),
  plan: (tx) => queries.caseListQuery(tx, tenantId, { limit: 51, ...f }) as unknown as Query,
});
const textBench = (name: string, f: Partial<queries.CaseListFilter>): Bench => ({
  name,
  ctx: operatorCtx,
  run: (tx) => queries.listCases(tx, tenantId, { limit: 51, ...f }),
  plan: (tx) => queries.textSearchQuery(tx, tenantId, { limit: 51, ...f }) as unknown as Query,
});
const firstPage = await db.withTenant(operatorCtx, (tx) =>
  queries.caseListQuery(tx, tenantId, { limit: 51 }),
);
const deep = await db.withTenant(operatorCtx, (tx) =>
  queries.caseListQuery(tx, tenantId, {
    limit: 1,
    from: new Date(now.getTime() - 301 * day),
    to: new Date(now.getTime() - 300 * day),
  }),
);
const [someCode] = await admin<{ code: string }[]>`select code from cases where tenant_id = ${tenantId}
  order by received_at desc limit 1 offset 12345`;

const benches: Bench[] = [
  filterBench('default inbox (newest 50)', {}),
  filterBench('next page (cursor)', {
    after: { receivedAt: firstPage[50]!.receivedAt, id: firstPage[50]!.id },
  }),
  filterBench('deep page (cursor 300 days back)', {
    after: { receivedAt: deep[0]!.receivedAt, id: deep[0]!.id },
  }),
  filterBench('status = escalated', { statuses: ['escalated'] }),
  filterBench('status = waiting_citizen (rare)', { statuses: ['waiting_citizen'] }),
  filterBench('status = open (8 statuses)', {
    statuses: [
      'received',
      'classified',
      'transferring',
      'escalated',
      'acknowledged',
      'waiting_citizen',
      'answered',
      'relayed',
    ],
  }),
  filterBench('channel = facebook', { channel: 'facebook' }),
  filterBench('topic', { topicId: topic }),
  filterBench('agency', { agencyId: agency }),
  filterBench('sla_state = breached', { slaState: 'breached' }),
  filterBench('operator', { operatorId: operator }),
  filterBench('unassigned', { operatorId: null }),
  filterBench('date range (one week, 90 days ago)', {
    from: new Date(now.getTime() - 97 * day),
    to: new Date(now.getTime() - 90 * day),
  }),
  filterBench('status + channel', { statuses: ['closed'], channel: 'zalo' }),
  textBench('text "phan anh" (very common)', { text: 'phan anh' }),
  textBench('text "xet nghiem" (common)', { text: 'xet nghiem' }),
  textBench('text "hoang quang" (a commune)', { text: 'hoang quang' }),
  textBench('text "karaoke" + last 30 days', { text: 'karaoke', from: new Date(now.getTime() - 30 * day) }),
  textBench('text "karaoke hoang quang" (rare)', { text: 'karaoke hoang quang' }),
  textBench('text "khong co tu nay" (no match)', { text: 'khong co tu nay' }),
  filterBench('case code (exact)', { code: someCode!.code }),
  filterBench('phone (a caller’s cases)', { phone }),
  filterBench('agency staff inbox (RLS scope)', { agencyId: agency }, agencyCtx),
  {
    name: 'at-risk queue',
    ctx: operatorCtx,
    run: (tx) => queries.listCaseQueue(tx, tenantId, 'at_risk', { limit: 50 }),
    plan: (tx) => queries.listCaseQueue(tx, tenantId, 'at_risk', { limit: 50 }) as unknown as Query,
  },
  {
    name: 'breached queue',
    ctx: operatorCtx,
    run: (tx) => queries.listCaseQueue(tx, tenantId, 'breached', { limit: 50 }),
    plan: (tx) => queries.listCaseQueue(tx, tenantId, 'breached', { limit: 50 }) as unknown as Query,
  },
  {
    name: 'SLA sweep candidates',
    ctx: { tenantId, role: 'system' },
    run: (tx) => queries.slaSweepCandidates(tx, tenantId, now, 500),
    plan: (tx) => queries.slaSweepCandidatesQuery(tx, tenantId, now, 500) as unknown as Query,
  },
];

async function explain(bench: Bench) {
  const { ctx } = bench;
  const { sql, params } = await db.withTenant(ctx, async (tx) => bench.plan(tx).toSQL());
  return explainer.begin(async (tx) => {
    await tx`select set_config('app.tenant_id', ${ctx.tenantId}, true), set_config('app.role', ${ctx.role}, true),
      set_config('app.user_id', ${ctx.userId ?? ''}, true), set_config('app.agency_id', ${ctx.agencyId ?? ''}, true)`;
    const [row] = await tx.unsafe(`explain (analyze, buffers, format json) ${sql}`, params as never[]);
    // What ran: a text search's GIN step is never executed when the newest window filled the page.
    return planSummary((row as unknown as { 'QUERY PLAN': ExplainedPlan })['QUERY PLAN'], ['cases']);
  });
}

out(
  `\n${total.toLocaleString('en')} cases in the province; ${ROUNDS} runs each (withTenant + RLS, app role)\n`,
);
out(`${'query'.padEnd(38)} ${'p50'.padStart(8)} ${'p95'.padStart(8)}  plan (EXPLAIN ANALYZE, BUFFERS)`);
let worst = 0;
// BENCH_ONLY=<regular expression>: only the queries whose name matches it (e.g. BENCH_ONLY=text).
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : null;
for (const bench of benches.filter((b) => !only || only.test(b.name))) {
  for (let i = 0; i < 5; i++) await db.withTenant(bench.ctx, bench.run);
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    await db.withTenant(bench.ctx, bench.run);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  worst = Math.max(worst, pct(times, 0.95));
  const plan = await explain(bench);
  out(
    `${bench.name.padEnd(38)} ${pct(times, 0.5).toFixed(2).padStart(6)} ms ${pct(times, 0.95).toFixed(2).padStart(6)} ms  ${plan}`,
  );
}
if (!only || only.test('open counts per agency + operator')) {
  const counts: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    await db.withTenant(operatorCtx, (tx) => queries.countOpenCases(tx, tenantId));
    counts.push(performance.now() - t);
  }
  counts.sort((a, b) => a - b);
  worst = Math.max(worst, pct(counts, 0.95));
  out(
    `${'open counts per agency + operator'.padEnd(38)} ${pct(counts, 0.5).toFixed(2).padStart(6)} ms ${pct(counts, 0.95).toFixed(2).padStart(6)} ms  (one index-only scan, streaming aggregate)`,
  );
}
// The driver prepares each statement once per connection; planning a search anew each time would
// cost about 1.3 ms, so its generic plan should be the one in use.
const plans = await db.withTenant(operatorCtx, (tx) => queries.textSearchPlanCounts(tx));
out(`\ntext search plans on one connection: ${plans.generic} generic, ${plans.custom} custom`);
out(`slowest p95: ${worst.toFixed(2)} ms (target < 15 ms)`);

await explainer.end();
await db.close();
await admin.end();
await stopServer();
