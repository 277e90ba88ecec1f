import { isYearMonth, type MonthlyReport } from '@tongdai/core';
import * as v from 'valibot';

/** The province's monthly report (/v1/reports/monthly): counts only, for supervisors and admins. */
const MONTH_FORMAT = 'Tháng cần có dạng yyyy-mm, ví dụ 2026-03.';

export const ReportMonth = v.pipe(
  v.string(MONTH_FORMAT),
  v.check(isYearMonth, MONTH_FORMAT),
  v.check((month) => month >= '2000-01', 'Tháng không hợp lệ: báo cáo chỉ có từ năm 2000.'),
);

/** Without a month: the last complete month in the province's time zone. */
export const MonthlyReportQuery = v.object({ month: v.optional(ReportMonth) });
export type MonthlyReportQuery = v.InferOutput<typeof MonthlyReportQuery>;

export type MonthlyReportOutput = MonthlyReport;
