import {
  DEFAULT_OFFICE_HOURS,
  DEFAULT_WORKING_WEEKDAYS,
  slaMilestones,
  toLocalMoment,
  withVietnamPublicHolidays,
  workingCalendar,
  dueAt as computeDueAt,
  type SlaDuration,
  type WorkingCalendar,
} from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';
import { ApiError } from '../../lib/errors.js';

/**
 * The province's working calendar as the core deadline functions want it: its office hours and
 * weekdays, its own days off and compensatory workdays, and the statutory holidays (lunar ones
 * included) of the years around `around`.
 */
export async function loadCalendar(tx: Tx, tenantId: string, around: Date): Promise<WorkingCalendar> {
  const [saved, days] = await Promise.all([
    queries.getWorkingCalendar(tx, tenantId),
    queries.listCalendarDays(tx, tenantId),
  ]);
  const base = workingCalendar({
    officeHours: saved?.officeHours ?? DEFAULT_OFFICE_HOURS,
    workingWeekdays: saved?.workingWeekdays ?? DEFAULT_WORKING_WEEKDAYS,
    holidays: days.filter((d) => d.kind === 'day_off').map((d) => d.day),
    workdays: days.filter((d) => d.kind === 'workday').map((d) => d.day),
  });
  const year = Number(toLocalMoment(around, base.timeZone).date.slice(0, 4));
  const withStatutory = withVietnamPublicHolidays(base, [year - 1, year, year + 1, year + 2]);
  // A compensatory workday the province declared wins over a day in lieu computed for it.
  return { ...withStatutory, holidays: withStatutory.holidays.filter((d) => !base.workdays.includes(d)) };
}

export interface SlaPolicy {
  classId: string;
  name: string;
  acknowledge: SlaDuration;
  answer: SlaDuration;
  calendar: WorkingCalendar;
}

export async function loadSlaPolicy(
  tx: Tx,
  tenantId: string,
  classId: string,
  around: Date,
): Promise<SlaPolicy> {
  const found = await queries.findSlaClass(tx, tenantId, classId);
  if (!found) throw new ApiError('BAD_REQUEST', 'Mức xử lý (SLA) không tồn tại trong tỉnh này.');
  return {
    classId: found.id,
    name: found.name,
    acknowledge: { unit: found.acknowledgeUnit, amount: found.acknowledgeAmount },
    answer: { unit: found.answerUnit, amount: found.answerAmount },
    calendar: await loadCalendar(tx, tenantId, around),
  };
}

/** Due times of a handling cycle that starts at `start`: acknowledge, answer and the at-risk mark. */
export function cycleDueTimes(policy: SlaPolicy, start: Date) {
  const { atRiskAt, dueAt } = slaMilestones(start, policy.answer, policy.calendar);
  return {
    slaStartedAt: start,
    ackDueAt: computeDueAt(start, policy.acknowledge, policy.calendar),
    dueAt,
    atRiskAt,
    slaState: 'on_track' as const,
  };
}
