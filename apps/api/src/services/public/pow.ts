import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { PortalKeys } from './keys.js';

/**
 * The request form's proof-of-work (ALTCHA v2, self-hosted: altcha-lib here, its solver in the page).
 * PBKDF2 runs natively in browsers, so the work is about a second on a cheap phone and costs a bot the
 * same per submission. A challenge is bound to its province and expires; replays are refused by the
 * caller (the challenge's signature becomes the case's idempotency key).
 */
export const POW_SETTINGS = {
  algorithm: 'PBKDF2/SHA-256',
  cost: 500,
  counterMin: 200,
  counterMax: 1000,
  ttlSeconds: 30 * 60,
} as const;

const PURPOSE = 'public-request';

export function newPowChallenge(keys: PortalKeys, tenantSlug: string, now = Date.now()): Promise<Challenge> {
  return createChallenge({
    algorithm: POW_SETTINGS.algorithm,
    cost: POW_SETTINGS.cost,
    counter: randomInt(POW_SETTINGS.counterMax, POW_SETTINGS.counterMin),
    deriveKey,
    data: { tenant: tenantSlug, purpose: PURPOSE },
    expiresAt: Math.floor(now / 1000) + POW_SETTINGS.ttlSeconds,
    hmacSignatureSecret: keys.powChallenge,
    hmacKeySignatureSecret: keys.powKey,
  });
}

export type PowCheck =
  | { ok: true; signature: string }
  | { ok: false; reason: 'malformed' | 'expired' | 'invalid' | 'other_province' };

function decodePayload(payload: string): { challenge: Challenge; solution: Solution } | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    if (!parsed || typeof parsed !== 'object') return null;
    const { challenge, solution } = parsed as { challenge?: Challenge; solution?: Solution };
    if (!challenge?.parameters || typeof challenge.parameters !== 'object' || !solution) return null;
    return { challenge, solution };
  } catch {
    return null;
  }
}

/** Checks a solved challenge (base64 JSON `{ challenge, solution }`, as the ALTCHA widget sends it). */
export async function checkPowSolution(
  keys: PortalKeys,
  tenantSlug: string,
  payload: string,
): Promise<PowCheck> {
  const decoded = decodePayload(payload);
  if (!decoded) return { ok: false, reason: 'malformed' };
  const { challenge, solution } = decoded;
  const result = await verifySolution({
    challenge,
    solution,
    deriveKey,
    hmacSignatureSecret: keys.powChallenge,
    hmacKeySignatureSecret: keys.powKey,
  }).catch(() => null);
  if (!result) return { ok: false, reason: 'malformed' };
  if (result.expired) return { ok: false, reason: 'expired' };
  if (!result.verified || !challenge.signature) return { ok: false, reason: 'invalid' };
  const data = challenge.parameters.data ?? {};
  if (data['tenant'] !== tenantSlug || data['purpose'] !== PURPOSE)
    return { ok: false, reason: 'other_province' };
  return { ok: true, signature: challenge.signature };
}
