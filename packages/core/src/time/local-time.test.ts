import { describe, expect, it } from 'vitest';
import { instantAtLocal, parseClockTime, toLocalMoment } from './local-time.js';

const VN = 'Asia/Ho_Chi_Minh';

describe('parseClockTime', () => {
  it('reads HH:mm, including the end of the day', () => {
    expect(parseClockTime('07:00')).toBe(420);
    expect(parseClockTime('13:30')).toBe(810);
    expect(parseClockTime('24:00')).toBe(1440);
  });

  it('refuses other shapes', () => {
    for (const bad of ['7:00', '24:30', '12:60', '1200', ''])
      expect(() => parseClockTime(bad)).toThrow(RangeError);
  });
});

describe('toLocalMoment', () => {
  it('reads the Vietnamese wall clock whatever the instant was written in', () => {
    expect(toLocalMoment(new Date('2026-12-31T20:30:00Z'), VN)).toEqual({
      date: '2027-01-01',
      minuteOfDay: 3 * 60 + 30,
      isoWeekday: 5,
    });
  });

  it('keeps seconds as a fraction of a minute', () => {
    expect(toLocalMoment(new Date('2026-05-04T08:00:30+07:00'), VN).minuteOfDay).toBe(480.5);
  });
});

describe('instantAtLocal', () => {
  it('builds the instant for a local date and time', () => {
    expect(instantAtLocal('2026-05-04', 7 * 60 + 30, VN).toISOString()).toBe('2026-05-04T00:30:00.000Z');
    expect(instantAtLocal('2026-05-04', 1440, VN).toISOString()).toBe('2026-05-04T17:00:00.000Z');
  });

  it('honours other zones too (daylight saving in Europe)', () => {
    expect(instantAtLocal('2026-07-01', 9 * 60, 'Europe/Berlin').toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
    expect(instantAtLocal('2026-01-01', 9 * 60, 'Europe/Berlin').toISOString()).toBe(
      '2026-01-01T08:00:00.000Z',
    );
  });
});
