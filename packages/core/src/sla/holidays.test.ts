import { describe, expect, it } from 'vitest';
import { workingCalendar } from './calendar.js';
import { compensatoryDaysOff, vietnamPublicHolidays, withVietnamPublicHolidays } from './holidays.js';

describe('vietnamPublicHolidays', () => {
  it('lists the statutory days of 2026', () => {
    expect(vietnamPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Tết Dương lịch' },
      { date: '2026-02-16', name: 'Tết Âm lịch (ngày cuối năm)' },
      { date: '2026-02-17', name: 'Tết Âm lịch (mùng 1)' },
      { date: '2026-02-18', name: 'Tết Âm lịch (mùng 2)' },
      { date: '2026-02-19', name: 'Tết Âm lịch (mùng 3)' },
      { date: '2026-02-20', name: 'Tết Âm lịch (mùng 4)' },
      { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)' },
      { date: '2026-04-30', name: 'Ngày Chiến thắng (30/4)' },
      { date: '2026-05-01', name: 'Ngày Quốc tế lao động (1/5)' },
      { date: '2026-09-01', name: 'Quốc khánh (ngày liền kề)' },
      { date: '2026-09-02', name: 'Quốc khánh (2/9)' },
    ]);
  });

  it('lists the statutory days of 2027, Tết from 05/02 to 09/02', () => {
    expect(vietnamPublicHolidays(2027).map(({ date }) => date)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-04-16',
      '2027-04-30',
      '2027-05-01',
      '2027-09-01',
      '2027-09-02',
    ]);
  });

  it('takes 3/9 instead of 1/9 when the Prime Minister chooses so', () => {
    const dates = vietnamPublicHolidays(2026, { nationalDayCompanion: '09-03' }).map(({ date }) => date);
    expect(dates.slice(-2)).toEqual(['2026-09-02', '2026-09-03']);
  });

  it('has eleven days every year', () => {
    for (let year = 2020; year <= 2040; year += 1) expect(vietnamPublicHolidays(year)).toHaveLength(11);
  });
});

describe('compensatoryDaysOff', () => {
  const weekdays = [1, 2, 3, 4, 5];

  it("moves Hùng Kings' day 2026 (a Sunday) to Monday 27/4", () => {
    expect(compensatoryDaysOff(['2026-04-26', '2026-04-30', '2026-05-01'], weekdays)).toEqual(['2026-04-27']);
  });

  it('gives Tết 2027 two days in lieu for its Saturday and Sunday, after the holiday block', () => {
    const tet = ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'];
    expect(compensatoryDaysOff(tet, weekdays)).toEqual(['2027-02-10', '2027-02-11']);
  });

  it('moves 1/5/2027 (a Saturday) to Monday 3/5', () => {
    expect(compensatoryDaysOff(['2027-04-30', '2027-05-01'], weekdays)).toEqual(['2027-05-03']);
  });
});

describe('withVietnamPublicHolidays', () => {
  it('adds statutory days and days in lieu to the tenant’s own days off', () => {
    const calendar = withVietnamPublicHolidays(workingCalendar({ holidays: ['2026-02-13'] }), [2026]);
    expect(calendar.holidays).toContain('2026-02-13');
    expect(calendar.holidays).toContain('2026-02-17');
    expect(calendar.holidays).toContain('2026-04-27');
    expect(calendar.holidays).toHaveLength(13);
  });

  it('can leave days in lieu to the tenant', () => {
    const calendar = withVietnamPublicHolidays(workingCalendar(), [2026], { compensate: false });
    expect(calendar.holidays).not.toContain('2026-04-27');
    expect(calendar.holidays).toHaveLength(11);
  });
});
