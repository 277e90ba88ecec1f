import { buildMonthlyReport, reportWindow, type MonthlyReport } from '@tongdai/core';
import { describe, expect, it } from 'vitest';
import { formatCount, formatHours, formatRate, reportView } from './reports.js';

const VN = 'Asia/Ho_Chi_Minh';
const agency = 'a0000000-0000-4000-8000-000000000001';

function report(now: Date): MonthlyReport {
  return buildMonthlyReport({
    window: reportWindow('2026-02', VN, now),
    timeZone: VN,
    rows: [
      { period: 'current', dimension: 'total', key: null, received: 12_345, merged: 2 },
      { period: 'current', dimension: 'channel', key: 'hotline', received: 12_345, closed: 1_200 },
      {
        period: 'current',
        dimension: 'total',
        key: null,
        closed: 1_200,
        closedOnTime: 2,
        closedLate: 1,
        medianHoursToClose: 30.25,
      },
      { period: 'current', dimension: 'agency', key: agency, escalated: 3, agencyAnswered: 2 },
      { period: 'current', dimension: 'agency', key: agency, agencyAnsweredOnTime: 1 },
      { period: 'previous', dimension: 'total', key: null, received: 12_000, closedOnTime: 1, closedLate: 1 },
      { period: 'previous', dimension: 'total', key: null, closed: 1_250, medianHoursToClose: 20 },
    ],
    topics: [{ id: 'b0000000-0000-4000-8000-000000000001', name: 'Y tế' }],
    agencies: [{ id: agency, name: 'Sở Y tế' }],
  });
}

describe('number formats', () => {
  it('writes numbers the Vietnamese way, and the English way in English', () => {
    expect(formatCount(12_345, 'vi')).toBe('12.345');
    expect(formatCount(12_345, 'en')).toBe('12,345');
    expect(formatHours(30.25, 'vi')).toBe('30,3');
    expect(formatHours(null, 'vi')).toBe('—');
    expect(formatRate(0.667, 'vi')).toMatch(/^66,7\s?%$/);
    expect(formatRate(0.5, 'en')).toBe('50.0%');
    expect(formatRate(null, 'en')).toBe('—');
  });
});

describe('reportView', () => {
  const view = reportView(report(new Date('2026-03-10T00:00:00Z')), 'vi');
  const table = (id: string) => view.tables.find((x) => x.id === id)!;
  const total = (name: string) => table('totals').rows.find((r) => r.key === name)!.values;

  it('puts each total beside last month’s, with the signed change', () => {
    expect(table('totals').columns).toEqual(['Tháng 02/2026', 'Tháng 01/2026', 'Chênh lệch']);
    expect(table('totals').rows[0]).toEqual({
      key: 'received',
      label: 'Tiếp nhận (không tính trùng lặp)',
      values: ['12.345', '12.000', '+345'],
    });
    expect(total('closed')[2]).toBe('-50');
    expect(total('merged')[2]).toBe('+2');
    expect(total('closedNoDeadline')[2]).toBe('0');
    expect(total('medianHoursToClose')).toEqual(['30,3', '20,0', '+10,3']);
    expect(total('onTimeRate')[0]).toMatch(/^66,7\s?%$/);
    expect(total('onTimeRate')[2]).toBe('+16,7 điểm %');
  });

  it('names the period and the months around it, dates as dd/mm/yyyy', () => {
    expect(view).toMatchObject({
      month: '2026-02',
      label: '02/2026',
      period: 'Từ 01/02/2026 đến hết 28/02/2026.',
      running: null,
      previous: { month: '2026-01', label: '01/2026' },
      next: { month: '2026-03', label: '03/2026' },
    });
    expect(view.tables.map((x) => x.id)).toEqual(['totals', 'channels', 'topics', 'agencies', 'days']);
    expect(table('days').rows[0]).toEqual({ key: '2026-02-01', label: '01/02/2026', values: ['0'] });
    expect(table('days').total).toEqual(['12.345']);
    expect(table('channels').rows[0]).toEqual({
      key: 'hotline',
      label: 'Đường dây nóng',
      values: ['12.345', '1.200'],
    });
    expect(table('channels').total).toEqual(['12.345', '1.200']);
    expect(table('agencies').rows).toEqual([
      { key: agency, label: 'Sở Y tế', values: ['3', '2', expect.stringMatching(/^1 \(50,0\s?%\)$/), '0'] },
    ]);
  });

  it('says when the month is still running, and offers no next month then', () => {
    const running = reportView(report(new Date('2026-02-20T03:00:00Z')), 'en');
    expect(running.running).toBe('The month is not over: "end of month" figures are as of 20/02/2026 10:00.');
    expect(running.next).toBeNull();
    expect(running.tables[0]!.rows[0]!.label).toBe('Received (duplicates excluded)');
    expect(running.tables.find((x) => x.id === 'agencies')!.empty).toBe(
      'No request was escalated to an agency this month.',
    );
  });
});
