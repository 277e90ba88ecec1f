/**
 * `pnpm bench:report`: the monthly report at a million cases, on the database `pnpm bench:cases` uses
 * (bench-province.ts: generated once, kept in .data/bench-postgres or BENCH_DATABASE_URL). Each month
 * is read BENCH_ROUNDS times (default 50) the way the API reads it: as a supervisor inside
 * `withTenant` (row-level security on), the aggregate statements, the names, then the report shaped
 * in core. Prints p50/p95 and an EXPLAIN (ANALYZE, BUFFERS) summary of each statement.
 * BENCH_MONTH (yyyy-mm) reads that month instead of the last complete one.
 */
import { addMonths, buildMonthlyReport, monthOf, previousMonth, reportWindow } from '@tongdai/core';
import { appUrlFor, createAppDb, queries, type Tx } from '@tongdai/db';
import { openBenchProvince, percentile, planSummary, type ExplainedPlan } from './bench-province.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 50);
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const out = (line = '') => process.stdout.write(`${line}\n`);

const { adminUrl, admin, tenantId, stopServer } = await openBenchProvince(out);
const [stats] = await admin<{ total: number; newest: Date }[]>`
  select count(*)::int as total, max(received_at) as newest from cases where tenant_id = ${tenantId}`;
const db = createAppDb(appUrlFor(adminUrl), { max: 1 });
const [supervisor] = await admin<{ id: string }[]>`select user_id as id from memberships
  where tenant_id = ${tenantId} and role = 'supervisor' limit 1`;
const ctx = { tenantId, role: 'supervisor', userId: supervisor?.id ?? null };
const now = new Date();

// The generated cases end when they were generated: the last complete month of the data, and the
// same month a year earlier (its "open at the end" reaches further back).
const lastMonth = process.env.BENCH_MONTH ?? previousMonth(monthOf(stats!.newest, TIME_ZONE));
const months = [lastMonth, addMonths(lastMonth, -12)];

async function report(tx: Tx, month: string) {
  const window = reportWindow(month, TIME_ZONE, now);
  const rows = await queries.monthlyReportRows(tx, { tenantId, timeZone: TIME_ZONE, window });
  const topics = await queries.listTopics(tx, tenantId);
  const agencies = await queries.listAgencyNames(tx, tenantId);
  return buildMonthlyReport({ window, timeZone: TIME_ZONE, rows, topics, agencies });
}

out(
  `\n${stats!.total.toLocaleString('en')} cases in the province; ${ROUNDS} runs per month (withTenant + RLS, app role)`,
);
let worst = 0;
for (const month of months) {
  const sample = await db.withTenant(ctx, (tx) => report(tx, month));
  for (let i = 0; i < 3; i++) await db.withTenant(ctx, (tx) => report(tx, month));
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await db.withTenant(ctx, (tx) => report(tx, month));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  worst = Math.max(worst, percentile(times, 0.95));
  const t = sample.totals;
  out(`\nmonth ${month}: received ${t.received}, closed ${t.closed}, open at the end ${t.openAtEnd}`);
  out(`  report  p50 ${percentile(times, 0.5).toFixed(2)} ms  p95 ${percentile(times, 0.95).toFixed(2)} ms`);
  const window = reportWindow(month, TIME_ZONE, now);
  const plans = await db.withTenant(ctx, (tx) =>
    queries.explainMonthlyReport(tx, { tenantId, timeZone: TIME_ZONE, window }),
  );
  for (const [name, plan] of Object.entries(plans)) {
    out(`  ${name.padEnd(8)} ${planSummary(plan as ExplainedPlan, ['cases', 'case_events'])}`);
  }
}
out(`\nslowest p95: ${worst.toFixed(2)} ms`);

await db.close();
await admin.end();
await stopServer();
