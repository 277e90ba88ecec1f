import type { TransferAttemptInput } from '@tongdai/contracts';
import { DEFAULT_FAILOVER_COOLDOWN_MINUTES, numbersToTry, type Schedule } from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { ApiError, notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { runCaseAction } from './case-action.js';

export interface NextNumbers {
  agencyId: string;
  agencyName: string;
  transferEnabled: boolean;
  /** Numbers to dial now, best first: on duty, not resting after a recent busy/no answer/failure. */
  numbers: {
    hotlineId: string;
    phone: string;
    position: number;
    lastOutcome: { outcome: string; at: string } | null;
  }[];
  /** Every number on duty failed recently; they are listed anyway, in order. */
  allCoolingDown: boolean;
}

/** An agency cases may be sent to (transfer or escalation): it exists and is active, else a 400. */
export async function loadActiveAgency(tx: Tx, tenantId: string, agencyId: string) {
  const agency = await queries.findAgencyForTransfer(tx, tenantId, agencyId);
  if (!agency || !agency.active)
    throw new ApiError('BAD_REQUEST', 'Cơ quan không tồn tại hoặc đã ngừng hoạt động.');
  return agency;
}

/** The failover order for an agency right now, from its hotlines, schedules and recent outcomes. */
export async function nextNumbersFor(
  tx: Tx,
  tenantId: string,
  agencyId: string,
  now: Date,
): Promise<NextNumbers> {
  const agency = await loadActiveAgency(tx, tenantId, agencyId);
  const since = new Date(now.getTime() - DEFAULT_FAILOVER_COOLDOWN_MINUTES * 60_000);
  const recent = await queries.recentTransferOutcomes(tx, tenantId, agencyId, since);
  const byPhone = new Map(agency.hotlines.map((h) => [h.phone, h.id]));
  const outcomes = recent.flatMap((r) => {
    const hotlineId = r.hotlineId ?? byPhone.get(r.phone);
    return hotlineId ? [{ hotlineId, at: r.at, outcome: r.outcome }] : [];
  });
  const { numbers, allCoolingDown } = numbersToTry({
    hotlines: agency.hotlines.map((h) => ({ ...h, schedule: h.schedule as Schedule })),
    now,
    recentOutcomes: outcomes,
  });
  return {
    agencyId: agency.id,
    agencyName: agency.name,
    transferEnabled: agency.transferEnabled,
    numbers: numbers.map((h) => {
      const last = outcomes.find((o) => o.hotlineId === h.id);
      return {
        hotlineId: h.id,
        phone: h.phone,
        position: h.position,
        lastOutcome: last ? { outcome: last.outcome, at: last.at.toISOString() } : null,
      };
    }),
    allCoolingDown,
  };
}

export function nextNumbers(c: Context<AppEnv>, caseId: string, agencyId: string) {
  const now = c.get('deps').now();
  return inTenant(c, async (tx, tenantId) => {
    if (!(await queries.lockCase(tx, tenantId, caseId))) throw notFound('Không tìm thấy hồ sơ này.');
    return nextNumbersFor(tx, tenantId, agencyId, now);
  });
}

/**
 * One call put through to an agency number and its outcome. Busy / no answer / failed keep the case
 * transferring and rest that number; answered means the agency answered the citizen on the phone.
 * The answer includes the numbers to try next.
 */
export async function logTransferAttempt(
  c: Context<AppEnv>,
  auth: AuthState,
  caseId: string,
  input: TransferAttemptInput,
) {
  let next: NextNumbers | undefined;
  const result = await runCaseAction(
    c,
    auth,
    { caseId, version: input.version, eventType: 'transfer_attempt' },
    async ({ tx, tenantId, now, row }) => {
      const agency = await loadActiveAgency(tx, tenantId, input.agencyId);
      if (!agency.transferEnabled) {
        throw new ApiError(
          'BAD_REQUEST',
          `${agency.name} không nhận chuyển cuộc gọi: hãy chuyển hồ sơ bằng văn bản.`,
        );
      }
      const hotline = input.hotlineId ? agency.hotlines.find((h) => h.id === input.hotlineId) : undefined;
      if (input.hotlineId && !hotline) {
        throw new ApiError('BAD_REQUEST', 'Số máy không thuộc cơ quan này.', [
          { path: 'hotlineId', message: 'Không thuộc cơ quan.' },
        ]);
      }
      const phone = hotline?.phone ?? input.phone!;
      const hotlineId = hotline?.id ?? agency.hotlines.find((h) => h.phone === phone)?.id ?? null;
      return {
        event: { type: 'transfer_attempt', agencyId: agency.id, phone, outcome: input.outcome },
        timeline: {
          type: 'transfer_attempt',
          data: { agencyId: agency.id, agencyName: agency.name, hotlineId, phone, outcome: input.outcome },
        },
        after: async (t) => {
          await queries.insertTransferAttempt(t, {
            tenantId,
            caseId: row.id,
            agencyId: agency.id,
            hotlineId,
            phone,
            outcome: input.outcome,
            at: now,
            operatorId: auth.userId,
          });
          next = await nextNumbersFor(t, tenantId, agency.id, now);
        },
      };
    },
  );
  return { ...result, next: next! };
}
