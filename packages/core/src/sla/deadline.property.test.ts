import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workingCalendar, type WorkingCalendar } from './calendar.js';
import { addWorkingTime, nextWorkingInstant, workingMinutesBetween } from './deadline.js';
import { withVietnamPublicHolidays } from './holidays.js';

const years = [2025, 2026, 2027, 2028];
const calendars: WorkingCalendar[] = [
  withVietnamPublicHolidays(workingCalendar(), years),
  withVietnamPublicHolidays(
    workingCalendar({
      officeHours: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
    }),
    years,
    { compensate: false },
  ),
  // A night desk that also works Saturdays, with a compensatory Sunday: odd shapes on purpose.
  workingCalendar({
    officeHours: [
      { start: '00:00', end: '06:15' },
      { start: '22:00', end: '24:00' },
    ],
    workingWeekdays: [1, 2, 3, 4, 5, 6],
    workdays: ['2026-06-07'],
    holidays: ['2026-06-01', '2026-06-02'],
  }),
];

const calendar = fc.constantFrom(...calendars);
const start = fc.date({
  min: new Date('2025-06-01T00:00:00Z'),
  max: new Date('2027-06-30T00:00:00Z'),
  noInvalidDate: true,
});
const minutes = fc.integer({ min: 0, max: 12_000 });

describe('addWorkingTime / workingMinutesBetween (properties)', () => {
  it('adds exactly the working time it was asked to', () => {
    fc.assert(
      fc.property(calendar, start, minutes, (cal, from, duration) => {
        const due = addWorkingTime(from, duration, cal);
        expect(workingMinutesBetween(nextWorkingInstant(from, cal), due, cal)).toBe(duration);
        expect(workingMinutesBetween(from, due, cal)).toBe(duration);
      }),
    );
  });

  it('never returns a due before the start', () => {
    fc.assert(
      fc.property(calendar, start, minutes, (cal, from, duration) => {
        expect(addWorkingTime(from, duration, cal).getTime()).toBeGreaterThanOrEqual(from.getTime());
      }),
    );
  });

  it('is monotonic in the duration', () => {
    fc.assert(
      fc.property(calendar, start, minutes, minutes, (cal, from, a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        expect(addWorkingTime(from, short, cal).getTime()).toBeLessThanOrEqual(
          addWorkingTime(from, long, cal).getTime(),
        );
      }),
    );
  });

  it('splits elapsed working time at any midpoint', () => {
    fc.assert(
      fc.property(calendar, start, start, start, (cal, x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date, Date];
        const whole = workingMinutesBetween(a, c, cal);
        expect(whole).toBeCloseTo(workingMinutesBetween(a, b, cal) + workingMinutesBetween(b, c, cal), 6);
      }),
      { numRuns: 25 },
    );
  });
});
