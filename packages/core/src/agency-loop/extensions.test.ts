import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../sla/calendar.js';
import { workingMinutesBetween } from '../sla/deadline.js';
import { extendedClock, extensionRequestRefusal, newDueRefusal } from './extensions.js';

const at = (local: string) => new Date(`${local}+07:00`);
const now = at('2026-05-05T09:00');
const due = at('2026-05-07T17:00');
const escalated = { status: 'escalated' as const, dueAt: due, hasPending: false };

describe('extensionRequestRefusal', () => {
  it('accepts a later deadline on a case waiting for the agency', () => {
    expect(extensionRequestRefusal(escalated, at('2026-05-12T17:00'), now)).toBeNull();
    expect(
      extensionRequestRefusal({ ...escalated, status: 'acknowledged' }, at('2026-05-12T17:00'), now),
    ).toBeNull();
  });

  it('refuses once the case is answered or returned', () => {
    for (const status of ['answered', 'classified', 'closed'] as const) {
      expect(extensionRequestRefusal({ ...escalated, status }, at('2026-05-12T17:00'), now)).toBe(
        'Chỉ xin gia hạn khi hồ sơ đang chờ cơ quan trả lời.',
      );
    }
  });

  it('refuses a second request while one waits', () => {
    expect(extensionRequestRefusal({ ...escalated, hasPending: true }, at('2026-05-12T17:00'), now)).toMatch(
      /đang chờ giám sát/,
    );
  });

  it('refuses deadlines in the past, not after the current one, or too far away', () => {
    expect(newDueRefusal(due, at('2026-05-04T17:00'), now)).toBe('Hạn mới phải ở sau thời điểm hiện tại.');
    expect(newDueRefusal(due, at('2026-05-06T17:00'), now)).toBe(
      'Hạn mới phải sau hạn hiện tại (17:00 07/05/2026).',
    );
    expect(newDueRefusal(due, due, now)).toMatch(/sau hạn hiện tại/);
    expect(newDueRefusal(due, at('2026-08-20T17:00'), now)).toBe('Chỉ gia hạn tối đa 90 ngày kể từ hôm nay.');
    expect(newDueRefusal(null, at('2026-05-06T17:00'), now)).toBeNull();
  });
});

describe('extendedClock', () => {
  const calendar = workingCalendar();

  it('moves the at-risk mark to 75 % of the new office time and puts the case back on track', () => {
    const start = at('2026-05-04T08:00');
    const clock = extendedClock(start, at('2026-05-08T17:00'), now, 'working_days', calendar);
    expect(clock).toMatchObject({ dueAt: at('2026-05-08T17:00'), slaState: 'on_track' });
    const allowed = workingMinutesBetween(start, clock.dueAt, calendar);
    expect(workingMinutesBetween(start, clock.atRiskAt, calendar)).toBeCloseTo(allowed * 0.75, 5);
    expect(clock.atRiskAt > now && clock.atRiskAt < clock.dueAt).toBe(true);
  });

  it('stays at risk when the extension is short', () => {
    const clock = extendedClock(
      at('2026-05-04T08:00'),
      at('2026-05-05T10:00'),
      now,
      'working_days',
      calendar,
    );
    expect(clock.slaState).toBe('at_risk');
    expect(clock.atRiskAt.getTime()).toBeLessThanOrEqual(at('2026-05-05T10:00').getTime());
  });

  it('counts clock hours for clock-hour classes', () => {
    const clock = extendedClock(at('2026-05-05T08:00'), at('2026-05-05T16:00'), now, 'clock_hours', calendar);
    expect(clock.atRiskAt).toEqual(at('2026-05-05T14:00'));
    expect(clock.slaState).toBe('on_track');
  });
});
