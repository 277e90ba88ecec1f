import {
  createTotpKey,
  decodeTotpKey,
  encodeTotpKey,
  generateRecoveryCodes,
  hashRecoveryCode,
  totpKeyUri,
  matchTotp,
} from '@tongdai/auth';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { inScope } from '../../lib/tenant-db.js';
import { requireAuth } from '../../middleware/require-permission.js';
import { audit } from '../audit.js';

const wrongCode = () => new ApiError('BAD_REQUEST', 'Mã xác thực không đúng hoặc đã hết hạn.');

/** Starts enrolment: a new key, shown once as an otpauth URI; not active until a code confirms it. */
export async function beginTotpSetup(c: Context<AppEnv>) {
  const auth = requireAuth(c);
  if (auth.twoFactorEnabled) throw new ApiError('CONFLICT', 'Xác thực hai lớp đã được bật.');
  const key = createTotpKey();
  await inScope(c, (tx) => queries.setTotp(tx, auth.userId, { totpKey: encodeTotpKey(key), enabled: false }));
  return { uri: totpKeyUri({ accountName: auth.email, key }), secret: encodeTotpKey(key) };
}

/** Confirms enrolment with a first code; returns the recovery codes (shown once). */
export async function confirmTotpSetup(c: Context<AppEnv>, code: string) {
  const auth = requireAuth(c);
  return inScope(c, async (tx, tenantId) => {
    const user = await queries.findUserById(tx, auth.userId);
    if (!user?.totpKey || user.totpEnabledAt)
      throw new ApiError('CONFLICT', 'Chưa bắt đầu cài đặt xác thực hai lớp.');
    const step = matchTotp(decodeTotpKey(user.totpKey), code, c.get('deps').now());
    if (step === null || !(await queries.claimTotpStep(tx, auth.userId, step))) throw wrongCode();
    const recoveryCodes = generateRecoveryCodes(10);
    await queries.setTotp(tx, auth.userId, {
      totpKey: user.totpKey,
      enabled: true,
      recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
    });
    await queries.touchSession(tx, auth.sessionId, { twoFactorVerified: true });
    await audit(c, tx, tenantId, { action: 'auth.2fa_enabled', targetType: 'user', targetId: auth.userId });
    return { recoveryCodes };
  });
}

/** Second step of signing in: a TOTP code or one of the recovery codes (each usable once). */
export async function verifySecondFactor(c: Context<AppEnv>, code: string) {
  const auth = requireAuth(c);
  const method = await inScope(c, async (tx, tenantId) => {
    const user = await queries.findUserById(tx, auth.userId);
    if (!user?.totpKey || !user.totpEnabledAt) {
      throw new ApiError('CONFLICT', 'Tài khoản chưa bật xác thực hai lớp.');
    }
    const digits = code.replace(/\s/g, '');
    const step = /^\d{6}$/.test(digits)
      ? matchTotp(decodeTotpKey(user.totpKey), digits, c.get('deps').now())
      : null;
    let used: 'totp' | 'recovery_code' | null = null;
    // A code is good once: a step already used (replayed or shoulder-surfed code) is refused.
    if (step !== null && (await queries.claimTotpStep(tx, user.id, step))) used = 'totp';
    else if (await queries.consumeRecoveryCode(tx, user.id, hashRecoveryCode(code))) used = 'recovery_code';
    if (!used) return null;
    await queries.touchSession(tx, auth.sessionId, { twoFactorVerified: true });
    await audit(c, tx, tenantId, { action: 'auth.2fa_verified', details: { method: used } });
    return used;
  });
  if (method) return { verified: true, method };
  await inScope(c, (tx, tenantId) => audit(c, tx, tenantId, { action: 'auth.2fa_failed' }));
  throw wrongCode();
}
