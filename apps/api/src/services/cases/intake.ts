import { createHash } from 'node:crypto';
import type { CaseStateView, CreateCaseInput } from '@tongdai/contracts';
import { can, canonicalJson, formatCaseCode, provinceCodePrefix, toLocalMoment } from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { pgCode } from '../../lib/db-errors.js';
import { ApiError } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';
import { applyPlan, type CaseActor } from './case-action.js';
import { classifyPlan } from './classify.js';
import { stateView } from './serialize.js';

const CLOCK_SKEW_MS = 60_000;

export interface CreatedCase {
  /** false when the Idempotency-Key was seen before with the same body: nothing new was created. */
  created: boolean;
  case: CaseStateView;
}

/** The new case, inside the transaction that creates it: for what must exist with it or not at all. */
export interface NewCaseContext {
  tx: Tx;
  tenantId: string;
  caseId: string;
  now: Date;
}
export type OnCaseCreated = (ctx: NewCaseContext) => Promise<void>;

const fingerprintOf = (input: CreateCaseInput) =>
  createHash('sha256').update(canonicalJson(input)).digest('hex');

/**
 * A new case from any channel. The Idempotency-Key makes retries safe: the same key with the same
 * body returns the case created the first time; with another body it is refused (422). Two
 * concurrent requests with one key meet at the unique index and the loser reads the winner's case.
 */
export async function createCase(
  c: Context<AppEnv>,
  auth: CaseActor,
  key: string,
  input: CreateCaseInput,
  onCreated?: OnCaseCreated,
): Promise<CreatedCase> {
  const fingerprint = fingerprintOf(input);
  try {
    return await createOnce(c, auth, key, fingerprint, input, onCreated);
  } catch (e) {
    if (pgCode(e) !== '23505') throw e;
    return await createOnce(c, auth, key, fingerprint, input, onCreated);
  }
}

function createOnce(
  c: Context<AppEnv>,
  auth: CaseActor,
  key: string,
  fingerprint: string,
  input: CreateCaseInput,
  onCreated: OnCaseCreated | undefined,
): Promise<CreatedCase> {
  const now = c.get('deps').now();
  const tenant = c.get('tenant');
  return inTenant(c, async (tx, tenantId) => {
    const existing = await queries.findCaseByIdempotencyKey(tx, tenantId, key);
    if (existing) {
      if (existing.fingerprint !== fingerprint) {
        throw new ApiError(
          'IDEMPOTENCY_MISMATCH',
          `Idempotency-Key này đã được dùng để tạo hồ sơ ${existing.code} với nội dung khác. Hãy dùng một khóa mới cho hồ sơ mới.`,
        );
      }
      const row = await queries.lockCase(tx, tenantId, existing.id);
      return { created: false, case: stateView(row!, now) };
    }
    const receivedAt = input.receivedAt ?? now;
    if (receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw new ApiError('BAD_REQUEST', 'Thời điểm tiếp nhận không thể ở tương lai.', [
        { path: 'receivedAt', message: 'Thời điểm ở tương lai.' },
      ]);
    }
    const year = Number(toLocalMoment(receivedAt, tenant.timeZone).date.slice(0, 4));
    const prefix = provinceCodePrefix(tenant.slug, tenant.caseCodePrefix ?? undefined);
    const code = formatCaseCode(prefix, year, await queries.nextCaseSequence(tx, tenantId, year));
    const citizen = input.citizen ?? {};
    let row = await queries.insertCase(tx, {
      tenantId,
      code,
      channel: input.channel,
      receivedAt,
      content: input.content,
      citizenName: citizen.name ?? null,
      citizenPhone: citizen.phone ?? null,
      citizenEmail: citizen.email ?? null,
      citizenAddress: citizen.address ?? null,
      commune: citizen.commune ?? null,
      urgency: input.urgency ?? null,
      operatorId: auth.userId && can(auth.role, 'cases.handle') ? auth.userId : null,
      idempotencyKey: key,
      idempotencyFingerprint: fingerprint,
      updatedAt: now,
    });
    await queries.appendCaseEvent(tx, {
      tenantId,
      caseId: row.id,
      at: now,
      actorUserId: auth.userId,
      type: 'received',
      visibility: 'public',
      data: { channel: input.channel, receivedAt: receivedAt.toISOString(), code },
    });
    if (input.topicId) {
      const ctx = { tx, tenantId, row, now, auth };
      const classification = {
        topicId: input.topicId,
        ...(input.slaClassId ? { slaClassId: input.slaClassId } : {}),
        ...(input.urgency ? { urgency: input.urgency } : {}),
      };
      row = (await applyPlan(ctx, { ...(await classifyPlan(ctx, classification)), bumpVersion: false }))
        .updated;
    } else {
      await queries.notifyCaseChanged(tx, { tenantId, caseId: row.id, agencyIds: [], kind: 'received' });
    }
    await onCreated?.({ tx, tenantId, caseId: row.id, now });
    return { created: true, case: stateView(row, now) };
  });
}
