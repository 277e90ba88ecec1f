import type { CaseStatus } from '../cases/case-types.js';
import type { WorkingCalendar } from './calendar.js';
import {
  addClockTime,
  addWorkingTime,
  dueAt as computeDueAt,
  slaMinutes,
  workingMinutesBetween,
  type SlaDuration,
  type SlaUnit,
} from './deadline.js';
import { DEFAULT_AT_RISK_FROM, type SlaStateName } from './sla-state.js';

/**
 * The SLA clock of a case as instants the database can index: when the case becomes at risk (75 % of
 * the allowed time used) and when it is due. The sweep compares them with "now"; a pause for the
 * citizen pushes both back by the paused time, counted the way the SLA counts (office or clock time).
 */
export interface SlaMilestones {
  atRiskAt: Date;
  dueAt: Date;
}

/** Statuses in which the clock runs: handled by 1022 or an agency, not waiting on the citizen. */
export const SLA_RUNNING_STATUSES: readonly CaseStatus[] = [
  'classified',
  'transferring',
  'escalated',
  'acknowledged',
];

export function isSlaRunning(status: CaseStatus): boolean {
  return SLA_RUNNING_STATUSES.includes(status);
}

function addSlaTime(start: Date, minutes: number, unit: SlaUnit, calendar: WorkingCalendar): Date {
  return unit === 'clock_hours' ? addClockTime(start, minutes) : addWorkingTime(start, minutes, calendar);
}

export function slaMilestones(
  start: Date,
  duration: SlaDuration,
  calendar: WorkingCalendar,
  atRiskFrom = DEFAULT_AT_RISK_FROM,
): SlaMilestones {
  if (!(atRiskFrom > 0 && atRiskFrom <= 1)) throw new RangeError(`Invalid atRiskFrom: ${atRiskFrom}`);
  const allowed = slaMinutes(duration, calendar);
  return {
    atRiskAt: addSlaTime(start, allowed * atRiskFrom, duration.unit, calendar),
    dueAt: computeDueAt(start, duration, calendar),
  };
}

/** Time the clock stood still between `from` and `to`, in minutes of the SLA's kind. */
export function pausedSlaMinutes(from: Date, to: Date, unit: SlaUnit, calendar: WorkingCalendar): number {
  if (to <= from) return 0;
  return unit === 'clock_hours'
    ? (to.getTime() - from.getTime()) / 60_000
    : workingMinutesBetween(from, to, calendar);
}

/**
 * A milestone after a pause of `pausedMinutes`; milestones already passed when the pause began stay
 * put (a breach is not undone by asking the citizen a question). A zero pause changes nothing, so a
 * due time at lunch is not moved to the afternoon opening.
 */
export function shiftMilestone(
  milestone: Date | null,
  pausedFrom: Date,
  pausedMinutes: number,
  unit: SlaUnit,
  calendar: WorkingCalendar,
): Date | null {
  if (!milestone || pausedMinutes <= 0 || milestone <= pausedFrom) return milestone;
  return addSlaTime(milestone, pausedMinutes, unit, calendar);
}

export interface SweepInput {
  status: CaseStatus;
  slaState: SlaStateName;
  atRiskAt: Date | null;
  dueAt: Date | null;
  now: Date;
}

/** The state the SLA sweep moves a case to now, or null when nothing changes. Never goes back. */
export function slaSweepDecision({
  status,
  slaState,
  atRiskAt,
  dueAt,
  now,
}: SweepInput): SlaStateName | null {
  if (!isSlaRunning(status) || slaState === 'breached') return null;
  if (dueAt && now > dueAt) return 'breached';
  if (slaState === 'on_track' && atRiskAt && now >= atRiskAt) return 'at_risk';
  return null;
}

/**
 * The next instant the sweep must look at a case: its at-risk mark while on track, its due time once
 * at risk, never when breached or when the clock is not running (paused, answered, closed…).
 */
export function slaWatchAt(c: Omit<SweepInput, 'now'>): Date | null {
  if (!isSlaRunning(c.status)) return null;
  if (c.slaState === 'on_track') return c.atRiskAt ?? c.dueAt;
  if (c.slaState === 'at_risk') return c.dueAt;
  return null;
}
