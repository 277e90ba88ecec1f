import type { CaseStatus } from '../cases/case-types.js';
import type { WorkingCalendar } from '../sla/calendar.js';
import { addWorkingTime, workingMinutesBetween, type SlaUnit } from '../sla/deadline.js';
import { DEFAULT_AT_RISK_FROM, type SlaStateName } from '../sla/sla-state.js';
import { formatDateTimeVn } from '../time/format-vn.js';

/** Longest extension an agency may ask for at once. */
export const MAX_EXTENSION_DAYS = 90;
const DAY_MS = 86_400_000;

export interface ExtensionCase {
  status: CaseStatus;
  dueAt: Date | null;
  /** A request of this case is still waiting for the supervisor. */
  hasPending: boolean;
}

/** Why the agency cannot ask for `requestedDueAt` now (Vietnamese, for the form), or null. */
export function extensionRequestRefusal(c: ExtensionCase, requestedDueAt: Date, now: Date): string | null {
  if (c.status !== 'escalated' && c.status !== 'acknowledged') {
    return 'Chỉ xin gia hạn khi hồ sơ đang chờ cơ quan trả lời.';
  }
  if (c.hasPending) return 'Hồ sơ đã có một đề nghị gia hạn đang chờ giám sát xem xét.';
  return newDueRefusal(c.dueAt, requestedDueAt, now);
}

/** Checks a deadline proposed or granted: in the future, after the current one, within the limit. */
export function newDueRefusal(currentDue: Date | null, newDue: Date, now: Date): string | null {
  if (newDue.getTime() <= now.getTime()) return 'Hạn mới phải ở sau thời điểm hiện tại.';
  if (currentDue && newDue.getTime() <= currentDue.getTime()) {
    return `Hạn mới phải sau hạn hiện tại (${formatDateTimeVn(currentDue)}).`;
  }
  if (newDue.getTime() - now.getTime() > MAX_EXTENSION_DAYS * DAY_MS) {
    return `Chỉ gia hạn tối đa ${MAX_EXTENSION_DAYS} ngày kể từ hôm nay.`;
  }
  return null;
}

export interface ExtendedClock {
  dueAt: Date;
  atRiskAt: Date;
  slaState: SlaStateName;
}

/**
 * The SLA clock after an extension: the cycle keeps its start, the at-risk mark moves to 75 % of the
 * new allowed time (counted the way the SLA counts), and the state follows from now — a case that was
 * at risk or breached is back on track when the new deadline leaves it room.
 */
export function extendedClock(
  cycleStart: Date,
  newDueAt: Date,
  now: Date,
  unit: SlaUnit,
  calendar: WorkingCalendar,
): ExtendedClock {
  const start = cycleStart.getTime() < newDueAt.getTime() ? cycleStart : now;
  let atRiskAt: Date;
  if (unit === 'clock_hours') {
    atRiskAt = new Date(start.getTime() + (newDueAt.getTime() - start.getTime()) * DEFAULT_AT_RISK_FROM);
  } else {
    const allowed = workingMinutesBetween(start, newDueAt, calendar);
    atRiskAt = allowed > 0 ? addWorkingTime(start, allowed * DEFAULT_AT_RISK_FROM, calendar) : newDueAt;
  }
  if (atRiskAt.getTime() > newDueAt.getTime()) atRiskAt = newDueAt;
  const slaState: SlaStateName = now.getTime() >= atRiskAt.getTime() ? 'at_risk' : 'on_track';
  return { dueAt: newDueAt, atRiskAt, slaState };
}
