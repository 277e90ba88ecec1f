import { describe, expect, it } from 'vitest';
import { collectFigures, figureChange, median, onTimeRate, roundHours, type ReportRow } from './figures.js';
import { reportWindow } from './month.js';
import { buildMonthlyReport } from './monthly-report.js';

const VN = 'Asia/Ho_Chi_Minh';

describe('median', () => {
  it('takes the middle value of an odd count, in any order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([7])).toBe(7);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 20])).toBe(15);
  });

  it('is null without values', () => {
    expect(median([])).toBeNull();
  });
});

describe('onTimeRate', () => {
  it('is the on-time share of the cases that had a deadline', () => {
    expect(onTimeRate(2, 1)).toBe(0.667);
    expect(onTimeRate(3, 0)).toBe(1);
    expect(onTimeRate(0, 4)).toBe(0);
  });

  it('is null, not a division by zero, when nothing had a deadline', () => {
    expect(onTimeRate(0, 0)).toBeNull();
  });
});

describe('small helpers', () => {
  it('rounds hours to one decimal and compares months', () => {
    expect(roundHours(25.25)).toBe(25.3);
    expect(roundHours(null)).toBeNull();
    expect(figureChange(12, 20)).toBe(-8);
    expect(figureChange(0.75, 0.5)).toBe(0.25);
    expect(figureChange(null, 3)).toBeNull();
  });
});

describe('collectFigures', () => {
  it('adds the counts of rows of the same group and keeps the median of the row that has it', () => {
    const rows: ReportRow[] = [
      { period: 'current', dimension: 'total', key: null, closed: 3, medianHoursToClose: 12.5 },
      { period: 'current', dimension: 'total', key: null, openAtEnd: 2, medianHoursToClose: null },
      { period: 'current', dimension: 'total', key: null, escalated: 4 },
      { period: 'previous', dimension: 'total', key: null, closed: 1 },
    ];
    const groups = collectFigures(rows);
    expect(groups.get('current|total|')).toMatchObject({
      closed: 3,
      openAtEnd: 2,
      escalated: 4,
      received: 0,
      medianHoursToClose: 12.5,
    });
    expect(groups.get('previous|total|')?.closed).toBe(1);
  });
});

describe('buildMonthlyReport', () => {
  const window = reportWindow('2026-02', VN, new Date('2026-03-05T00:00:00Z'));
  const health = 'a0000000-0000-4000-8000-000000000001';
  const transport = 'a0000000-0000-4000-8000-000000000002';
  const quiet = 'a0000000-0000-4000-8000-000000000003';
  const topicA = 'b0000000-0000-4000-8000-000000000001';
  const topicB = 'b0000000-0000-4000-8000-000000000002';
  const rows: ReportRow[] = [
    { period: 'current', dimension: 'total', key: null, received: 5, merged: 1 },
    { period: 'current', dimension: 'channel', key: 'zalo', received: 2 },
    { period: 'current', dimension: 'channel', key: 'hotline', received: 3 },
    { period: 'current', dimension: 'topic', key: topicB, received: 4 },
    { period: 'current', dimension: 'topic', key: null, received: 1 },
    { period: 'current', dimension: 'day', key: '2026-02-28', received: 5 },
    {
      period: 'current',
      dimension: 'total',
      key: null,
      closed: 4,
      closedOnTime: 2,
      closedLate: 1,
      closedNoDeadline: 1,
      medianHoursToClose: 30.04,
      openAtEnd: 3,
      overdueAtEnd: 1,
    },
    { period: 'current', dimension: 'channel', key: 'hotline', closed: 4 },
    { period: 'current', dimension: 'agency', key: transport, unansweredOverdue: 1 },
    { period: 'current', dimension: 'agency', key: null, openAtEnd: 2 },
    { period: 'current', dimension: 'agency', key: quiet, openAtEnd: 1 },
    { period: 'current', dimension: 'total', key: null, escalated: 3, answeredFromFaq: 1 },
    { period: 'current', dimension: 'agency', key: health, escalated: 2, agencyAnswered: 2 },
    { period: 'current', dimension: 'agency', key: health, agencyAnsweredOnTime: 1 },
    { period: 'current', dimension: 'agency', key: transport, escalated: 1 },
    { period: 'previous', dimension: 'total', key: null, received: 7, closed: 2, closedOnTime: 2 },
    { period: 'previous', dimension: 'agency', key: health, escalated: 9 },
  ];
  const report = buildMonthlyReport({
    window,
    timeZone: VN,
    rows,
    topics: [
      { id: topicA, name: 'Y tế' },
      { id: topicB, name: 'Giao thông' },
    ],
    agencies: [
      { id: health, name: 'Sở Y tế' },
      { id: transport, name: 'Sở Giao thông vận tải' },
      { id: quiet, name: 'Sở Tư pháp' },
    ],
  });

  it('gives both months’ totals, with the on-time rate and the median rounded', () => {
    expect(report.totals).toEqual({
      received: 5,
      merged: 1,
      closed: 4,
      closedOnTime: 2,
      closedLate: 1,
      closedNoDeadline: 1,
      onTimeRate: 0.667,
      medianHoursToClose: 30,
      openAtEnd: 3,
      overdueAtEnd: 1,
      answeredFromFaq: 1,
      escalated: 3,
    });
    expect(report.previous).toMatchObject({ received: 7, closed: 2, onTimeRate: 1, escalated: 0 });
    expect(report.previous.medianHoursToClose).toBeNull();
  });

  it('names the period: February 2026 with January beside it, counted to the end', () => {
    expect(report).toMatchObject({
      month: '2026-02',
      previousMonth: '2026-01',
      from: '2026-02-01',
      to: '2026-02-28',
      complete: true,
      asOf: '2026-02-28T17:00:00.000Z',
      timeZone: VN,
    });
  });

  it('lists every channel and every day, zeros included', () => {
    expect(report.byChannel).toEqual([
      { channel: 'hotline', received: 3, closed: 4 },
      { channel: 'portal', received: 0, closed: 0 },
      { channel: 'email', received: 0, closed: 0 },
      { channel: 'zalo', received: 2, closed: 0 },
      { channel: 'facebook', received: 0, closed: 0 },
    ]);
    expect(report.byDay).toHaveLength(28);
    expect(report.byDay[0]).toEqual({ date: '2026-02-01', received: 0 });
    expect(report.byDay[27]).toEqual({ date: '2026-02-28', received: 5 });
  });

  it('lists every topic by name, most received first, and the unclassified when there are any', () => {
    expect(report.byTopic).toEqual([
      { topicId: topicB, topicName: 'Giao thông', received: 4 },
      { topicId: null, topicName: null, received: 1 },
      { topicId: topicA, topicName: 'Y tế', received: 0 },
    ]);
  });

  it('lists the agencies with something to show, most escalations first', () => {
    expect(report.byAgency).toEqual([
      {
        agencyId: health,
        agencyName: 'Sở Y tế',
        escalated: 2,
        answered: 2,
        answeredOnTime: 1,
        answeredOnTimeRate: 0.5,
        unansweredOverdue: 0,
      },
      {
        agencyId: transport,
        agencyName: 'Sở Giao thông vận tải',
        escalated: 1,
        answered: 0,
        answeredOnTime: 0,
        answeredOnTimeRate: null,
        unansweredOverdue: 1,
      },
    ]);
  });
});
