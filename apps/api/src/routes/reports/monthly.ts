import { MonthlyReportQuery, type MonthlyReportOutput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { assertPermission } from '../../middleware/require-permission.js';
import { describe, errorResponses, TAGS } from '../../openapi/describe.js';
import { monthlyReport } from '../../services/reports.js';

/** GET /v1/reports/monthly?month=yyyy-mm — the month's figures as JSON. */
export const getMonthlyReport = new Hono<AppEnv>().get(
  '/monthly',
  describe({
    tags: [TAGS.reports],
    summary: 'Báo cáo tháng (JSON)',
    description:
      'Số liệu một tháng theo múi giờ của tỉnh (mặc định: tháng trước), kèm tổng hợp của tháng liền trước: tiếp nhận, đóng đúng hạn/quá hạn, còn mở cuối tháng, theo kênh, lĩnh vực, cơ quan và ngày. Chỉ có số đếm, không có dữ liệu cá nhân. Tháng chưa đến: 400.',
    responses: { 200: { description: 'Báo cáo tháng' }, ...errorResponses(400, 401, 403) },
  }),
  validate('query', MonthlyReportQuery),
  async (c) => {
    assertPermission(c, 'reports.read');
    const report: MonthlyReportOutput = await monthlyReport(c, c.req.valid('query').month);
    c.header('Cache-Control', 'private, no-store');
    return c.json(report);
  },
);
