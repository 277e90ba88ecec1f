import type { ResumeCaseInput, WaitCitizenInput } from '@tongdai/contracts';
import { pausedSlaMinutes, shiftMilestone } from '@tongdai/core';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { runCaseAction } from './case-action.js';
import { loadSlaPolicy } from './sla-context.js';

/** The operator asked the citizen for more information: the SLA clock stops until they reply. */
export function waitForCitizen(c: Context<AppEnv>, auth: AuthState, caseId: string, input: WaitCitizenInput) {
  return runCaseAction(c, auth, { caseId, version: input.version, eventType: 'request_info' }, ({ row }) => ({
    event: { type: 'request_info' },
    timeline: {
      type: 'waiting_citizen',
      public: true,
      data: { question: input.question ?? null, resumeTo: row.status },
    },
  }));
}

/**
 * The citizen replied: the case returns to where it was, and every deadline still ahead when the
 * clock stopped moves back by the paused time, counted as the SLA counts (office or clock time).
 */
export function resumeCase(c: Context<AppEnv>, auth: AuthState, caseId: string, input: ResumeCaseInput) {
  return runCaseAction(
    c,
    auth,
    { caseId, version: input.version, eventType: 'citizen_replied' },
    async ({ tx, tenantId, row, now }) => {
      const pausedFrom = row.pausedSince ?? now;
      let shifted = {};
      let pausedMinutes = 0;
      if (row.slaClassId) {
        const policy = await loadSlaPolicy(tx, tenantId, row.slaClassId, now);
        const unit = policy.answer.unit;
        pausedMinutes = pausedSlaMinutes(pausedFrom, now, unit, policy.calendar);
        const shift = (d: Date | null) => shiftMilestone(d, pausedFrom, pausedMinutes, unit, policy.calendar);
        shifted = { dueAt: shift(row.dueAt), atRiskAt: shift(row.atRiskAt), ackDueAt: shift(row.ackDueAt) };
      }
      return {
        event: { type: 'citizen_replied' },
        patch: () => shifted,
        timeline: {
          type: 'citizen_replied',
          public: true,
          data: {
            note: input.note ?? null,
            pausedSince: pausedFrom.toISOString(),
            pausedSlaMinutes: pausedMinutes,
          },
        },
      };
    },
  );
}
