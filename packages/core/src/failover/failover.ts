import { isInSchedule, type Schedule } from './schedule.js';

/**
 * Which agency numbers an operator should dial now, best first. Agencies give a second number so a
 * busy line fails over; a line that just failed is rested for a while so callers are not sent back to it.
 */
export type CallOutcome = 'answered' | 'busy' | 'no_answer' | 'failed';

export interface Hotline {
  id: string;
  phone: string;
  /** Order of preference within the agency, lowest first. */
  position: number;
  active: boolean;
  schedule: Schedule;
}

export interface RecentOutcome {
  hotlineId: string;
  at: Date;
  outcome: CallOutcome;
}

export interface NumbersToTryInput<H extends Hotline> {
  hotlines: readonly H[];
  now: Date;
  recentOutcomes: readonly RecentOutcome[];
  cooldownMinutes?: number;
  timeZone?: string;
}

export interface NumbersToTry<H extends Hotline> {
  numbers: H[];
  /** Every number on duty is resting after a failure; `numbers` lists them anyway, in order. */
  allCoolingDown: boolean;
}

export const DEFAULT_FAILOVER_COOLDOWN_MINUTES = 10;

// Only the latest outcome in the window counts: an answer after a busy signal clears the line.
function coolingDownIds(outcomes: readonly RecentOutcome[], now: Date, cooldownMinutes: number): Set<string> {
  const windowStart = now.getTime() - cooldownMinutes * 60_000;
  const latest = new Map<string, RecentOutcome>();
  for (const outcome of outcomes) {
    if (outcome.at.getTime() <= windowStart) continue;
    const seen = latest.get(outcome.hotlineId);
    if (!seen || outcome.at.getTime() >= seen.at.getTime()) latest.set(outcome.hotlineId, outcome);
  }
  return new Set([...latest.values()].filter((o) => o.outcome !== 'answered').map((o) => o.hotlineId));
}

export function numbersToTry<H extends Hotline>(input: NumbersToTryInput<H>): NumbersToTry<H> {
  const { hotlines, now, recentOutcomes } = input;
  const cooldownMinutes = input.cooldownMinutes ?? DEFAULT_FAILOVER_COOLDOWN_MINUTES;
  const timeZone = input.timeZone ?? 'Asia/Ho_Chi_Minh';
  const onDuty = hotlines
    .filter((hotline) => hotline.active && isInSchedule(hotline.schedule, now, timeZone))
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const cooling = coolingDownIds(recentOutcomes, now, cooldownMinutes);
  const ready = onDuty.filter((hotline) => !cooling.has(hotline.id));
  if (ready.length === 0 && onDuty.length > 0) return { numbers: onDuty, allCoolingDown: true };
  return { numbers: ready, allCoolingDown: false };
}
