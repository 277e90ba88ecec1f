import { describe, expect, it } from 'vitest';
import { officialDateLine } from './official-date.js';
import { DEFAULT_DIGEST_TIME, digestDueNow } from './schedule.js';

const TZ = 'Asia/Ho_Chi_Minh';

describe('digestDueNow', () => {
  it('is due from the digest time on, for the local date', () => {
    expect(digestDueNow(new Date('2026-11-23T09:29:00Z'), DEFAULT_DIGEST_TIME, TZ)).toBeNull();
    expect(digestDueNow(new Date('2026-11-23T09:30:00Z'), DEFAULT_DIGEST_TIME, TZ)).toBe('2026-11-23');
    expect(digestDueNow(new Date('2026-11-23T16:59:00Z'), DEFAULT_DIGEST_TIME, TZ)).toBe('2026-11-23');
  });

  it('takes the date in Vietnam, not UTC', () => {
    // 17:10 UTC is 00:10 the next day in Vietnam: before a 16:30 digest.
    expect(digestDueNow(new Date('2026-11-23T17:10:00Z'), '16:30', TZ)).toBeNull();
    expect(digestDueNow(new Date('2026-11-23T17:10:00Z'), '00:05', TZ)).toBe('2026-11-24');
  });

  it('skips the days the calendar says are not working days', () => {
    const weekday = (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
    expect(digestDueNow(new Date('2026-11-21T10:00:00Z'), '16:30', TZ, weekday)).toBeNull();
    expect(digestDueNow(new Date('2026-11-23T10:00:00Z'), '16:30', TZ, weekday)).toBe('2026-11-23');
  });
});

describe('officialDateLine', () => {
  it.each([
    ['2026-11-23', 'Thanh Hóa, ngày 23 tháng 11 năm 2026'],
    ['2026-01-05', 'Thanh Hóa, ngày 05 tháng 01 năm 2026'],
    ['2026-02-28', 'Thanh Hóa, ngày 28 tháng 02 năm 2026'],
    ['2026-03-09', 'Thanh Hóa, ngày 09 tháng 3 năm 2026'],
    ['2026-12-31', 'Thanh Hóa, ngày 31 tháng 12 năm 2026'],
  ])('%s → %s', (date, line) => {
    expect(officialDateLine('Thanh Hóa', date)).toBe(line);
  });
});
