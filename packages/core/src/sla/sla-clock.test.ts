import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workingCalendar } from './calendar.js';
import { workingMinutesBetween } from './deadline.js';
import {
  isSlaRunning,
  pausedSlaMinutes,
  shiftMilestone,
  slaMilestones,
  slaSweepDecision,
  slaWatchAt,
} from './sla-clock.js';

const at = (local: string) => new Date(`${local}+07:00`);
const calendar = workingCalendar({ holidays: ['2026-04-30', '2026-05-01'] });

describe('slaMilestones', () => {
  it('puts at-risk at 75 % of the office time and due at 100 %', () => {
    // Mon 08:00 + 3 working days (24 h): due Thu 08:00; 18 h of office time: Wed 10:00 (lunch skipped).
    const m = slaMilestones(at('2026-05-04T08:00'), { unit: 'working_days', amount: 3 }, calendar);
    expect(m.dueAt).toEqual(at('2026-05-07T08:00'));
    expect(m.atRiskAt).toEqual(at('2026-05-06T10:00'));
  });

  it('counts clock hours straight through nights and holidays', () => {
    const m = slaMilestones(at('2026-04-30T20:00'), { unit: 'clock_hours', amount: 8 }, calendar);
    expect(m.dueAt).toEqual(at('2026-05-01T04:00'));
    expect(m.atRiskAt).toEqual(at('2026-05-01T02:00'));
  });

  it('skips the 30/4–1/5 holidays for working hours', () => {
    const m = slaMilestones(at('2026-04-29T16:00'), { unit: 'working_hours', amount: 4 }, calendar);
    // 1 h on Wednesday, then Thu/Fri are holidays, the weekend follows: Monday 07:00 + 3 h = 10:00.
    expect(m.dueAt).toEqual(at('2026-05-04T10:00'));
  });

  it('always has at-risk before due, and at-risk at 75 % of the office time', () => {
    const start = fc.date({
      min: new Date('2026-01-01T00:00:00Z'),
      max: new Date('2027-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 40 }), (s, hours) => {
        const m = slaMilestones(s, { unit: 'working_hours', amount: hours }, calendar);
        expect(m.atRiskAt.getTime()).toBeLessThanOrEqual(m.dueAt.getTime());
        expect(workingMinutesBetween(s, m.atRiskAt, calendar)).toBeCloseTo(hours * 60 * 0.75, 6);
      }),
      { numRuns: 200 },
    );
  });
});

describe('pausing the clock', () => {
  it('measures a pause in office minutes for working units, clock minutes otherwise', () => {
    const from = at('2026-05-08T16:00');
    const to = at('2026-05-11T08:00');
    expect(pausedSlaMinutes(from, to, 'working_days', calendar)).toBe(120);
    expect(pausedSlaMinutes(from, to, 'clock_hours', calendar)).toBe(64 * 60);
    expect(pausedSlaMinutes(to, from, 'clock_hours', calendar)).toBe(0);
  });

  it('moves milestones still ahead by the paused time, and leaves passed ones', () => {
    const pausedFrom = at('2026-05-05T09:00');
    const due = at('2026-05-06T10:00');
    expect(shiftMilestone(due, pausedFrom, 120, 'working_hours', calendar)).toEqual(at('2026-05-06T14:00'));
    const passed = at('2026-05-05T08:00');
    expect(shiftMilestone(passed, pausedFrom, 120, 'working_hours', calendar)).toEqual(passed);
    expect(shiftMilestone(at('2026-05-06T12:00'), pausedFrom, 0, 'working_hours', calendar)).toEqual(
      at('2026-05-06T12:00'),
    );
    expect(shiftMilestone(null, pausedFrom, 60, 'clock_hours', calendar)).toBeNull();
  });
});

describe('slaSweepDecision', () => {
  const base = {
    status: 'escalated' as const,
    slaState: 'on_track' as const,
    atRiskAt: at('2026-05-06T10:00'),
    dueAt: at('2026-05-07T08:00'),
  };

  it('marks at risk from the at-risk instant and breached after the due instant', () => {
    expect(slaSweepDecision({ ...base, now: at('2026-05-06T09:59') })).toBeNull();
    expect(slaSweepDecision({ ...base, now: at('2026-05-06T10:00') })).toBe('at_risk');
    expect(slaSweepDecision({ ...base, now: at('2026-05-07T08:00') })).toBe('at_risk');
    expect(slaSweepDecision({ ...base, now: at('2026-05-07T08:01') })).toBe('breached');
    expect(slaSweepDecision({ ...base, slaState: 'at_risk', now: at('2026-05-07T08:01') })).toBe('breached');
  });

  it('never moves a state back and leaves paused or finished cases alone', () => {
    expect(slaSweepDecision({ ...base, slaState: 'at_risk', now: at('2026-05-06T11:00') })).toBeNull();
    expect(slaSweepDecision({ ...base, slaState: 'breached', now: at('2026-06-01T08:00') })).toBeNull();
    for (const status of [
      'waiting_citizen',
      'answered',
      'relayed',
      'closed',
      'merged',
      'received',
    ] as const) {
      expect(isSlaRunning(status)).toBe(false);
      expect(slaSweepDecision({ ...base, status, now: at('2026-06-01T08:00') })).toBeNull();
    }
  });
});

describe('slaWatchAt', () => {
  const c = { status: 'escalated' as const, atRiskAt: at('2026-05-06T10:00'), dueAt: at('2026-05-07T08:00') };
  it('watches the at-risk mark, then the due time, then nothing', () => {
    expect(slaWatchAt({ ...c, slaState: 'on_track' })).toEqual(c.atRiskAt);
    expect(slaWatchAt({ ...c, slaState: 'at_risk' })).toEqual(c.dueAt);
    expect(slaWatchAt({ ...c, slaState: 'breached' })).toBeNull();
    expect(slaWatchAt({ ...c, status: 'waiting_citizen', slaState: 'on_track' })).toBeNull();
  });

  it('agrees with the sweep: nothing to decide before the watched instant', () => {
    const states = ['on_track', 'at_risk', 'breached'] as const;
    const statuses = [
      'received',
      'classified',
      'escalated',
      'acknowledged',
      'waiting_citizen',
      'answered',
      'closed',
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...states),
        fc.constantFrom(...statuses),
        fc.integer({ min: -5000, max: 5000 }),
        (slaState, status, offset) => {
          const watch = slaWatchAt({ ...c, status, slaState });
          const now = new Date(c.atRiskAt.getTime() + offset * 60_000);
          const decision = slaSweepDecision({ ...c, status, slaState, now });
          if (watch === null) expect(decision).toBeNull();
          else if (now < watch) expect(decision).toBeNull();
        },
      ),
    );
  });
});
