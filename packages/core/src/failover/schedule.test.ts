import { describe, expect, it } from 'vitest';
import { isInSchedule, type Schedule } from './schedule.js';

const VN = 'Asia/Ho_Chi_Minh';
const at = (local: string) => new Date(`${local}+07:00`);
const officeHours: Schedule = {
  kind: 'weekly',
  slots: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday: weekday as 1, start: '07:00', end: '11:30' },
    { weekday: weekday as 1, start: '13:30', end: '17:00' },
  ]),
};

describe('isInSchedule', () => {
  it('always answers for a 24/7 number', () => {
    expect(isInSchedule({ kind: '24/7' }, at('2026-05-10T03:00'), VN)).toBe(true);
  });

  it('follows weekly slots in local time, end excluded', () => {
    expect(isInSchedule(officeHours, at('2026-05-04T07:00'), VN)).toBe(true);
    expect(isInSchedule(officeHours, at('2026-05-04T11:30'), VN)).toBe(false);
    expect(isInSchedule(officeHours, at('2026-05-04T20:00'), VN)).toBe(false);
    expect(isInSchedule(officeHours, at('2026-05-09T09:00'), VN)).toBe(false);
  });

  it('reads the weekday in the given zone, not UTC', () => {
    // Monday 06:30 in Vietnam is still Sunday 23:30 UTC.
    const monday: Schedule = { kind: 'weekly', slots: [{ weekday: 1, start: '06:00', end: '07:00' }] };
    expect(isInSchedule(monday, at('2026-05-04T06:30'), VN)).toBe(true);
  });

  it('runs an overnight slot into the next day, Sunday into Monday included', () => {
    const night: Schedule = { kind: 'weekly', slots: [{ weekday: 7, start: '22:00', end: '06:00' }] };
    expect(isInSchedule(night, at('2026-05-10T23:00'), VN)).toBe(true);
    expect(isInSchedule(night, at('2026-05-11T05:59'), VN)).toBe(true);
    expect(isInSchedule(night, at('2026-05-11T06:00'), VN)).toBe(false);
    expect(isInSchedule(night, at('2026-05-10T05:00'), VN)).toBe(false);
  });

  it('accepts 24:00 as the end of the day', () => {
    const evening: Schedule = { kind: 'weekly', slots: [{ weekday: 5, start: '17:00', end: '24:00' }] };
    expect(isInSchedule(evening, at('2026-05-08T23:59'), VN)).toBe(true);
    expect(isInSchedule(evening, at('2026-05-09T00:00'), VN)).toBe(false);
  });
});
