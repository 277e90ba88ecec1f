import {
  buildMonthlyReport,
  defaultReportMonth,
  reportMonthRefusal,
  reportWindow,
  type MonthlyReport,
} from '@tongdai/core';
import { queries, type Tenant } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import { ApiError } from '../lib/errors.js';
import { inTenant } from '../lib/tenant-db.js';

/**
 * The province's report for a calendar month in its time zone (default: the last complete month),
 * with the previous month's totals beside it. Aggregates only, read under the person's own context.
 */
export function monthlyReport(c: Context<AppEnv>, month: string | undefined): Promise<MonthlyReport> {
  const { timeZone } = c.get('tenant');
  const now = c.get('deps').now();
  const chosen = month ?? defaultReportMonth(now, timeZone);
  const refusal = reportMonthRefusal(chosen, timeZone, now);
  if (refusal) throw new ApiError('BAD_REQUEST', refusal, [{ path: 'month', message: refusal }]);
  const window = reportWindow(chosen, timeZone, now);
  return inTenant(c, async (tx, tenantId) => {
    const rows = await queries.monthlyReportRows(tx, { tenantId, timeZone, window });
    const topics = await queries.listTopics(tx, tenantId);
    const agencies = await queries.listAgencyNames(tx, tenantId);
    return buildMonthlyReport({ window, timeZone, rows, topics, agencies });
  });
}

/** "bao-cao-thang-2026-03-thanhhoa.xlsx": the month and the province's slug, as the directory export. */
export function monthlyReportFileName(tenant: Tenant, month: string): string {
  return `bao-cao-thang-${month}-${tenant.slug}.xlsx`;
}
