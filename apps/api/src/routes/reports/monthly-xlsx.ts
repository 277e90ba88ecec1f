import { attachmentDisposition } from '@tongdai/core';
import { MonthlyReportQuery } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { renderMonthlyReportXlsx } from '../../lib/report-xlsx.js';
import { XLSX_TYPE } from '../../lib/spreadsheet.js';
import { validate } from '../../lib/validate.js';
import { assertPermission } from '../../middleware/require-permission.js';
import { describe, errorResponses, TAGS } from '../../openapi/describe.js';
import { monthlyReport, monthlyReportFileName } from '../../services/reports.js';

/** GET /v1/reports/monthly.xlsx?month=yyyy-mm — the same report as an Excel workbook. */
export const getMonthlyReportXlsx = new Hono<AppEnv>().get(
  '/monthly.xlsx',
  describe({
    tags: [TAGS.reports],
    summary: 'Báo cáo tháng (Excel .xlsx)',
    description:
      'Cùng số liệu với báo cáo JSON, mỗi phần một trang tính: Tổng hợp, Theo kênh, Theo lĩnh vực, Theo cơ quan, Theo ngày.',
    responses: {
      200: {
        description: 'Tệp Excel',
        content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } },
      },
      ...errorResponses(400, 401, 403),
    },
  }),
  validate('query', MonthlyReportQuery),
  async (c) => {
    assertPermission(c, 'reports.read');
    const tenant = c.get('tenant');
    const report = await monthlyReport(c, c.req.valid('query').month);
    const bytes = await renderMonthlyReportXlsx(report, tenant.officialName);
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': XLSX_TYPE,
      'content-disposition': attachmentDisposition(monthlyReportFileName(tenant, report.month)),
      'cache-control': 'private, no-store',
    });
  },
);
