import { ReportMonth, type MonthlyReportOutput } from '@tongdai/contracts';
import * as v from 'valibot';
import { reportView } from '$lib/reports.js';
import { apiClient, type ApiEvent } from './api.js';
import { readApiError } from './api-error.js';
import { requirePermission, unwrapFor } from './guards.js';
import { requireTenant } from './tenant.js';

/**
 * The monthly report page: `?thang=yyyy-mm` from its GET form (none: the last complete month). A
 * malformed or future month shows the reason beside the form instead of an error page.
 */
export async function loadMonthlyReport(event: ApiEvent) {
  requireTenant(event.locals);
  requirePermission(event, 'reports.read');
  const asked = event.url.searchParams.get('thang')?.trim() || undefined;
  const base = { asked: asked ?? '' };
  if (asked) {
    const parsed = v.safeParse(ReportMonth, asked);
    if (!parsed.success) return { ...base, error: parsed.issues[0]?.message ?? '', view: null };
  }
  const res = await apiClient(event).v1.reports.monthly.$get({ query: asked ? { month: asked } : {} });
  if (res.status === 400) {
    return { ...base, error: readApiError(await res.json().catch(() => null))?.message ?? '', view: null };
  }
  const report = (await unwrapFor(event, res)) as MonthlyReportOutput;
  return { ...base, error: null, view: reportView(report, event.locals.locale) };
}
