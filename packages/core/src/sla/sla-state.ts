import type { WorkingCalendar } from './calendar.js';
import { addClockTime, addWorkingTime, workingMinutesBetween, type SlaUnit } from './deadline.js';

/**
 * Where a case stands against its deadline, for queues and supervisors' dashboards.
 * Time is measured the way the SLA was set: office minutes for working units, clock minutes otherwise.
 */
export type SlaStateName = 'on_track' | 'at_risk' | 'breached';

export interface SlaStateInput {
  receivedAt: Date;
  dueAt: Date;
  now: Date;
  calendar: WorkingCalendar;
  unit: SlaUnit;
  /** Minutes (of the SLA's kind) the clock was stopped, e.g. waiting for the citizen; pushes the due back. */
  pausedMinutes?: number;
  /** Share of the allowed time from which a case is at risk. */
  atRiskFrom?: number;
}

export interface SlaState {
  state: SlaStateName;
  /** Used time over allowed time: 1 at the due instant, growing past it (1.5 = 150 % used). */
  usedRatio: number;
}

export const DEFAULT_AT_RISK_FROM = 0.75;

export function slaState(input: SlaStateInput): SlaState {
  const {
    receivedAt,
    dueAt,
    now,
    calendar,
    unit,
    pausedMinutes = 0,
    atRiskFrom = DEFAULT_AT_RISK_FROM,
  } = input;
  if (!(pausedMinutes >= 0)) throw new RangeError(`Invalid pausedMinutes: ${pausedMinutes}`);
  if (!(atRiskFrom > 0 && atRiskFrom <= 1)) throw new RangeError(`Invalid atRiskFrom: ${atRiskFrom}`);
  const clock = unit === 'clock_hours';
  const elapsed = (from: Date, to: Date) =>
    clock ? (to.getTime() - from.getTime()) / 60_000 : workingMinutesBetween(from, to, calendar);
  // Only a real pause moves the due instant: extending by 0 would jump a lunch-time due to 13:30.
  const effectiveDue =
    pausedMinutes === 0
      ? dueAt
      : clock
        ? addClockTime(dueAt, pausedMinutes)
        : addWorkingTime(dueAt, pausedMinutes, calendar);
  const allowed = elapsed(receivedAt, dueAt);
  const used = Math.max(0, elapsed(receivedAt, now) - pausedMinutes);
  const usedRatio = allowed > 0 ? used / allowed : now >= effectiveDue ? 1 : 0;
  if (now > effectiveDue) return { state: 'breached', usedRatio };
  return { state: usedRatio >= atRiskFrom ? 'at_risk' : 'on_track', usedRatio };
}
