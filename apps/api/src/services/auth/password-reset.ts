import { generateOneTimeToken, hashOneTimeToken } from '@tongdai/auth';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { inScope } from '../../lib/tenant-db.js';
import { requireAuth } from '../../middleware/require-permission.js';
import { audit } from '../audit.js';
import { linkOnThisHost } from './links.js';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './passwords.js';

const HOUR = 3_600_000;

/** Mails a reset link when the e-mail has an account here; answers the same either way. */
export async function requestPasswordReset(c: Context<AppEnv>, email: string) {
  await inScope(
    c,
    async (tx, tenantId) => {
      const user = await queries.findUserByEmail(tx, email);
      const belongsHere =
        user && (tenantId ? await queries.findMembership(tx, tenantId, user.id) : user.platformRole);
      if (!user || !belongsHere) return;
      const { token, tokenHash } = generateOneTimeToken();
      const expiresAt = new Date(c.get('deps').now().getTime() + HOUR);
      await queries.insertUserToken(tx, {
        tenantId,
        userId: user.id,
        purpose: 'reset_password',
        tokenHash,
        expiresAt,
      });
      await c.get('deps').mailer.send({
        to: user.email,
        subject: 'Đặt lại mật khẩu Tổng đài 1022',
        text: `Xin chào ${user.name},\n\nMở liên kết sau để đặt mật khẩu mới (hiệu lực 1 giờ):\n${linkOnThisHost(c, `/dat-lai-mat-khau?token=${encodeURIComponent(token)}`)}\n\nNếu bạn không yêu cầu, hãy bỏ qua email này.\n`,
      });
      await audit(c, tx, tenantId, {
        action: 'auth.password_reset_requested',
        actorUserId: user.id,
        actorEmail: user.email,
      });
    },
    { lookupEmail: email },
  );
  return { sent: true };
}

/** Sets a new password from a reset link and ends every session of the person. */
export async function resetPassword(c: Context<AppEnv>, token: string, password: string) {
  return inScope(c, async (tx, tenantId) => {
    const used = await queries.consumeUserToken(tx, hashOneTimeToken(token), 'reset_password');
    if (!used) throw new ApiError('BAD_REQUEST', 'Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn.');
    return changeAsUser(c, tenantId, used.userId, password, 'auth.password_reset');
  });
}

/** A signed-in person changes their password: the current one is required; other sessions end. */
export async function changePassword(c: Context<AppEnv>, currentPassword: string, newPassword: string) {
  const auth = requireAuth(c);
  const user = await inScope(c, (tx) => queries.findUserById(tx, auth.userId));
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new ApiError('VALIDATION_FAILED', 'Mật khẩu hiện tại không đúng.', [
      { path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' },
    ]);
  }
  const tenantId = c.get('target').kind === 'tenant' ? c.get('tenant').id : null;
  return changeAsUser(c, tenantId, auth.userId, newPassword, 'auth.password_changed');
}

async function changeAsUser(
  c: Context<AppEnv>,
  tenantId: string | null,
  userId: string,
  password: string,
  action: string,
) {
  const db = c.get('deps').db;
  const run = <T>(fn: Parameters<typeof db.withPlatform<T>>[1]) =>
    tenantId ? db.withTenant({ tenantId, userId }, fn) : db.withPlatform({ userId }, fn);
  const user = await run((tx) => queries.findUserById(tx, userId));
  if (!user) throw new ApiError('NOT_FOUND', 'Không tìm thấy tài khoản.');
  assertPasswordPolicy(password, { email: user.email, name: user.name });
  const passwordHash = await hashPassword(password);
  return run(async (tx) => {
    await queries.setPassword(tx, userId, passwordHash);
    const ended = await queries.deleteUserSessions(tx, userId);
    await audit(c, tx, tenantId, {
      action,
      actorUserId: userId,
      actorEmail: user.email,
      details: { sessionsEnded: ended },
    });
    return { sessionsEnded: ended };
  });
}
