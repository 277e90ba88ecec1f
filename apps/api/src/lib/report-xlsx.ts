import {
  figureChange,
  formatDateTimeVn,
  monthLabel,
  TOTAL_FIGURES,
  type CaseChannel,
  type MonthlyReport,
  type TotalFigure,
} from '@tongdai/core';
import ExcelJS from 'exceljs';
import { addTableSheet, type SheetCell } from './spreadsheet.js';

/** The monthly report as an Excel workbook: one sheet per section, Vietnamese headers, dd/mm/yyyy dates. */
export const REPORT_SHEETS = {
  totals: 'Tổng hợp',
  channels: 'Theo kênh',
  topics: 'Theo lĩnh vực',
  agencies: 'Theo cơ quan',
  days: 'Theo ngày',
} as const;

export const TOTAL_LABELS: Record<TotalFigure, string> = {
  received: 'Tiếp nhận (không tính trùng lặp)',
  merged: 'Trùng lặp đã gộp',
  closed: 'Đã đóng trong tháng',
  closedOnTime: 'Đóng đúng hạn',
  closedLate: 'Đóng quá hạn',
  closedNoDeadline: 'Đóng, không có hạn xử lý',
  onTimeRate: 'Tỷ lệ đóng đúng hạn',
  medianHoursToClose: 'Thời gian xử lý trung vị (giờ)',
  openAtEnd: 'Còn mở cuối tháng',
  overdueAtEnd: 'Còn mở và quá hạn cuối tháng',
  answeredFromFaq: 'Trả lời bằng câu hỏi thường gặp',
  escalated: 'Chuyển cơ quan bằng văn bản',
};

const CHANNEL_LABELS: Record<CaseChannel, string> = {
  hotline: 'Đường dây nóng',
  portal: 'Cổng thông tin điện tử',
  email: 'Thư điện tử',
  zalo: 'Zalo',
  facebook: 'Facebook',
};

const PERCENT = '0.0%';
const TOTAL = 'Tổng cộng';
const dayCell = (date: string) => new Date(`${date}T00:00:00Z`);
const vnDate = (date: string) => date.split('-').reverse().join('/');

function totalsSheet(workbook: ExcelJS.Workbook, report: MonthlyReport, province: string) {
  const rows: SheetCell[][] = TOTAL_FIGURES.map((name) => [
    TOTAL_LABELS[name],
    report.totals[name],
    report.previous[name],
    figureChange(report.totals[name], report.previous[name]),
  ]);
  const asOf = formatDateTimeVn(new Date(report.asOf), report.timeZone);
  rows.push(
    [],
    ['Đơn vị', province],
    ['Kỳ báo cáo', `${vnDate(report.from)} – ${vnDate(report.to)}`],
    ['Số liệu tính đến', report.complete ? asOf : `${asOf} (tháng chưa kết thúc)`],
  );
  const header = [
    'Chỉ tiêu',
    `Tháng ${monthLabel(report.month)}`,
    `Tháng ${monthLabel(report.previousMonth)}`,
  ];
  const sheet = addTableSheet(
    workbook,
    REPORT_SHEETS.totals,
    { header: [...header, 'Chênh lệch'], rows },
    [36, 16, 16, 14],
  );
  const rateRow = sheet.getRow(TOTAL_FIGURES.indexOf('onTimeRate') + 2);
  for (const col of [2, 3, 4]) rateRow.getCell(col).numFmt = PERCENT;
}

function agencySheet(workbook: ExcelJS.Workbook, report: MonthlyReport) {
  const header = [
    'Cơ quan, đơn vị',
    'Chuyển bằng văn bản',
    'Đã trả lời',
    'Trả lời đúng hạn',
    'Tỷ lệ đúng hạn',
    'Quá hạn chưa trả lời (cuối tháng)',
  ];
  const rows = report.byAgency.map((a) => [
    a.agencyName ?? '(cơ quan đã xóa)',
    a.escalated,
    a.answered,
    a.answeredOnTime,
    a.answeredOnTimeRate,
    a.unansweredOverdue,
  ]);
  const sheet = addTableSheet(workbook, REPORT_SHEETS.agencies, { header, rows }, [40, 14, 12, 14, 14, 18]);
  sheet.getColumn(5).numFmt = PERCENT;
}

/** The workbook's bytes; `province` names the province on the summary sheet. */
export async function renderMonthlyReportXlsx(report: MonthlyReport, province: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tổng đài 1022';
  workbook.title = `Báo cáo tháng ${monthLabel(report.month)} – ${province}`;
  totalsSheet(workbook, report, province);
  const channels = report.byChannel.map((c) => [CHANNEL_LABELS[c.channel], c.received, c.closed]);
  addTableSheet(
    workbook,
    REPORT_SHEETS.channels,
    {
      header: ['Kênh tiếp nhận', 'Tiếp nhận', 'Đã đóng'],
      rows: [...channels, [TOTAL, report.totals.received, report.totals.closed]],
    },
    [28, 14, 14],
  );
  const topics = report.byTopic.map((t) => [
    t.topicId === null ? 'Chưa phân loại' : (t.topicName ?? '(lĩnh vực đã xóa)'),
    t.received,
  ]);
  addTableSheet(
    workbook,
    REPORT_SHEETS.topics,
    { header: ['Lĩnh vực', 'Tiếp nhận'], rows: [...topics, [TOTAL, report.totals.received]] },
    [60, 14],
  );
  agencySheet(workbook, report);
  const days = report.byDay.map((d) => [dayCell(d.date), d.received]);
  const daySheet = addTableSheet(
    workbook,
    REPORT_SHEETS.days,
    { header: ['Ngày', 'Tiếp nhận'], rows: [...days, [TOTAL, report.totals.received]] },
    [14, 14],
  );
  daySheet.getColumn(1).numFmt = 'dd/mm/yyyy';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
