import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MonthlyReportQuery } from './reports.js';

const issue = (query: unknown) => {
  const result = v.safeParse(MonthlyReportQuery, query);
  return result.success ? null : result.issues[0]?.message;
};

describe('MonthlyReportQuery', () => {
  it('takes a yyyy-mm month, or none (the last complete month)', () => {
    expect(v.parse(MonthlyReportQuery, { month: '2026-03' })).toEqual({ month: '2026-03' });
    expect(v.parse(MonthlyReportQuery, {})).toEqual({});
  });

  it('refuses other shapes with a Vietnamese message', () => {
    for (const month of ['2026-3', '2026-13', '03/2026', '2026-03-01', '']) {
      expect(issue({ month }), month).toBe('Tháng cần có dạng yyyy-mm, ví dụ 2026-03.');
    }
    expect(issue({ month: '1999-12' })).toMatch(/từ năm 2000/);
  });
});
