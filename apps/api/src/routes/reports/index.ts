import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { getMonthlyReport } from './monthly.js';
import { getMonthlyReportXlsx } from './monthly-xlsx.js';

/** Reports for supervisors and the province's admins (`reports.read`): counts only. */
export const reportRoutes = new Hono<AppEnv>().route('/', getMonthlyReport).route('/', getMonthlyReportXlsx);
