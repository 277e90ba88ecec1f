import { describe, expect, it } from 'vitest';
import { workingCalendar } from './calendar.js';
import { slaState } from './sla-state.js';

const at = (local: string) => new Date(`${local}+07:00`);
const calendar = workingCalendar({ holidays: ['2026-04-30', '2026-05-01'] });
// Received Monday 08:00 with 8 working hours: due Tuesday 08:00.
const base = { receivedAt: at('2026-05-04T08:00'), dueAt: at('2026-05-05T08:00'), calendar };
const working = { ...base, unit: 'working_hours' as const };

describe('slaState', () => {
  it('is on track early on', () => {
    expect(slaState({ ...working, now: at('2026-05-04T10:00') })).toEqual({
      state: 'on_track',
      usedRatio: 0.25,
    });
  });

  it('is at risk from 75 % of the working time, lunch and night not counted', () => {
    expect(slaState({ ...working, now: at('2026-05-04T15:30') }).state).toBe('on_track');
    expect(slaState({ ...working, now: at('2026-05-04T16:00') })).toEqual({
      state: 'at_risk',
      usedRatio: 0.75,
    });
    expect(slaState({ ...working, now: at('2026-05-04T20:00') })).toEqual({
      state: 'at_risk',
      usedRatio: 0.875,
    });
  });

  it('takes another at-risk threshold', () => {
    expect(slaState({ ...working, now: at('2026-05-04T10:00'), atRiskFrom: 0.2 }).state).toBe('at_risk');
  });

  it('is breached once the due instant has passed, and keeps counting', () => {
    expect(slaState({ ...working, now: at('2026-05-05T08:00') }).state).toBe('at_risk');
    expect(slaState({ ...working, now: at('2026-05-05T12:00') })).toEqual({
      state: 'breached',
      usedRatio: 690 / 480,
    });
  });

  it('treats a due at a closing as breached during the lunch break that follows', () => {
    const input = { ...working, dueAt: at('2026-05-04T11:30'), now: at('2026-05-04T12:00') };
    expect(slaState(input)).toEqual({ state: 'breached', usedRatio: 1 });
  });

  it('moves the due back by paused working time', () => {
    const paused = { ...working, pausedMinutes: 120, now: at('2026-05-05T08:30') };
    expect(slaState(paused)).toEqual({ state: 'at_risk', usedRatio: 390 / 480 });
    expect(slaState({ ...paused, now: at('2026-05-05T10:01') }).state).toBe('breached');
  });

  it('counts clock time for 24/7 classes, holidays included', () => {
    const clock = {
      receivedAt: at('2026-04-30T08:00'),
      dueAt: at('2026-04-30T20:00'),
      calendar,
      unit: 'clock_hours' as const,
    };
    expect(slaState({ ...clock, now: at('2026-04-30T11:00') })).toEqual({
      state: 'on_track',
      usedRatio: 0.25,
    });
    expect(slaState({ ...clock, now: at('2026-04-30T21:00') }).state).toBe('breached');
    expect(slaState({ ...clock, pausedMinutes: 90, now: at('2026-04-30T21:00') }).state).toBe('at_risk');
  });

  it('never reports negative use when the clock is behind the receipt', () => {
    expect(slaState({ ...working, now: at('2026-05-04T07:00') })).toEqual({
      state: 'on_track',
      usedRatio: 0,
    });
  });

  it('handles a zero-length SLA', () => {
    const instant = { ...working, dueAt: base.receivedAt };
    expect(slaState({ ...instant, now: at('2026-05-04T07:59') }).state).toBe('on_track');
    expect(slaState({ ...instant, now: at('2026-05-04T08:01') })).toEqual({
      state: 'breached',
      usedRatio: 1,
    });
  });

  it('refuses nonsense parameters', () => {
    expect(() => slaState({ ...working, now: base.receivedAt, pausedMinutes: -1 })).toThrow(RangeError);
    expect(() => slaState({ ...working, now: base.receivedAt, atRiskFrom: 0 })).toThrow(RangeError);
    expect(() => slaState({ ...working, now: base.receivedAt, atRiskFrom: 1.2 })).toThrow(RangeError);
  });
});
