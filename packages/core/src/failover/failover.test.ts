import { describe, expect, it } from 'vitest';
import { numbersToTry, type Hotline, type RecentOutcome } from './failover.js';
import type { Schedule } from './schedule.js';

const at = (local: string) => new Date(`${local}+07:00`);
const minutesBefore = (instant: Date, minutes: number) => new Date(instant.getTime() - minutes * 60_000);
const weekdayOffice: Schedule = {
  kind: 'weekly',
  slots: ([1, 2, 3, 4, 5] as const).flatMap((weekday) => [
    { weekday, start: '07:00', end: '11:30' },
    { weekday, start: '13:30', end: '17:00' },
  ]),
};

// Bình Thuận's table of connected units (2021): TTYT Hàm Thuận Bắc gave two mobile numbers.
const hamThuanBac: Hotline[] = [
  { id: 'htb-1', phone: '+84916248283', position: 1, active: true, schedule: { kind: '24/7' } },
  { id: 'htb-2', phone: '+84945951138', position: 2, active: true, schedule: { kind: '24/7' } },
];
// An office landline (made-up number) staffed only in office hours.
const officeLine: Hotline = {
  id: 'htb-office',
  phone: '+842520000001',
  position: 0,
  active: true,
  schedule: weekdayOffice,
};

const ids = (result: { numbers: Hotline[] }) => result.numbers.map(({ id }) => id);
const busy = (hotlineId: string, when: Date): RecentOutcome => ({ hotlineId, at: when, outcome: 'busy' });

describe('numbersToTry', () => {
  const now = at('2026-05-04T09:00');

  it('tries numbers by position when nothing failed recently', () => {
    expect(numbersToTry({ hotlines: [...hamThuanBac].reverse(), now, recentOutcomes: [] })).toEqual({
      numbers: hamThuanBac,
      allCoolingDown: false,
    });
  });

  it('puts the second number first when the first was busy 2 minutes ago', () => {
    const result = numbersToTry({
      hotlines: hamThuanBac,
      now,
      recentOutcomes: [busy('htb-1', minutesBefore(now, 2))],
    });
    expect(ids(result)).toEqual(['htb-2']);
    expect(result.allCoolingDown).toBe(false);
  });

  it('rests a number after no answer or a failed call too, but not after an answered one', () => {
    const outcomes: RecentOutcome[] = [
      { hotlineId: 'htb-1', at: minutesBefore(now, 3), outcome: 'no_answer' },
      { hotlineId: 'htb-2', at: minutesBefore(now, 1), outcome: 'answered' },
    ];
    expect(ids(numbersToTry({ hotlines: hamThuanBac, now, recentOutcomes: outcomes }))).toEqual(['htb-2']);
    const failed: RecentOutcome = { hotlineId: 'htb-2', at: minutesBefore(now, 1), outcome: 'failed' };
    expect(ids(numbersToTry({ hotlines: hamThuanBac, now, recentOutcomes: [failed] }))).toEqual(['htb-1']);
  });

  it('lets a later answer clear an earlier busy signal', () => {
    const outcomes: RecentOutcome[] = [
      busy('htb-1', minutesBefore(now, 5)),
      { hotlineId: 'htb-1', at: minutesBefore(now, 1), outcome: 'answered' },
    ];
    expect(ids(numbersToTry({ hotlines: hamThuanBac, now, recentOutcomes: outcomes }))).toEqual([
      'htb-1',
      'htb-2',
    ]);
  });

  it('brings a number back once its 10-minute cooldown has passed', () => {
    const outcomes = [busy('htb-1', minutesBefore(now, 10))];
    expect(ids(numbersToTry({ hotlines: hamThuanBac, now, recentOutcomes: outcomes }))).toEqual([
      'htb-1',
      'htb-2',
    ]);
    const almost = [busy('htb-1', minutesBefore(now, 9.9))];
    expect(ids(numbersToTry({ hotlines: hamThuanBac, now, recentOutcomes: almost }))).toEqual(['htb-2']);
    expect(
      ids(numbersToTry({ hotlines: hamThuanBac, now, recentOutcomes: almost, cooldownMinutes: 5 })),
    ).toEqual(['htb-1', 'htb-2']);
  });

  it('still offers every number, in order, when all of them are cooling down', () => {
    const outcomes = [busy('htb-2', minutesBefore(now, 1)), busy('htb-1', minutesBefore(now, 4))];
    expect(numbersToTry({ hotlines: hamThuanBac, now, recentOutcomes: outcomes })).toEqual({
      numbers: hamThuanBac,
      allCoolingDown: true,
    });
  });

  it('skips an office line outside its slots, at 20:00 and at the weekend', () => {
    const hotlines = [...hamThuanBac, officeLine];
    expect(ids(numbersToTry({ hotlines, now, recentOutcomes: [] }))).toEqual([
      'htb-office',
      'htb-1',
      'htb-2',
    ]);
    expect(ids(numbersToTry({ hotlines, now: at('2026-05-04T20:00'), recentOutcomes: [] }))).toEqual([
      'htb-1',
      'htb-2',
    ]);
    expect(ids(numbersToTry({ hotlines, now: at('2026-05-09T09:00'), recentOutcomes: [] }))).toEqual([
      'htb-1',
      'htb-2',
    ]);
  });

  it('never returns an inactive number, even when everything else is cooling down', () => {
    const hotlines = [hamThuanBac[0]!, { ...hamThuanBac[1]!, active: false }];
    expect(ids(numbersToTry({ hotlines, now, recentOutcomes: [] }))).toEqual(['htb-1']);
    const result = numbersToTry({ hotlines, now, recentOutcomes: [busy('htb-1', minutesBefore(now, 1))] });
    expect(result).toEqual({ numbers: [hamThuanBac[0]], allCoolingDown: true });
  });

  it('returns nothing, not a cooldown flag, when no number is on duty', () => {
    const result = numbersToTry({ hotlines: [officeLine], now: at('2026-05-04T20:00'), recentOutcomes: [] });
    expect(result).toEqual({ numbers: [], allCoolingDown: false });
  });

  it('keeps the caller’s own fields on the hotlines it returns', () => {
    const hotlines = hamThuanBac.map((hotline) => ({ ...hotline, label: `Số ${hotline.position}` }));
    expect(numbersToTry({ hotlines, now, recentOutcomes: [] }).numbers[0]?.label).toBe('Số 1');
  });
});
