import { hashPassword, requiresTwoFactorFor, verifyPassword } from './passwords.js';
import { homePathFor, type Role } from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { inScope } from '../../lib/tenant-db.js';
import { clientIp } from '../../middleware/rate-limit.js';
import { audit } from '../audit.js';
import { issueSession, scopeOf } from '../sessions.js';

const wrongCredentials = () => new ApiError('UNAUTHENTICATED', 'Email hoặc mật khẩu không đúng.');

// Verifying against a fixed hash when the e-mail is unknown keeps both paths equally slow.
let timingHash: Promise<string> | undefined;
const dummyHash = () => (timingHash ??= hashPassword('tongdai-timing-equaliser-0'));

export interface SignInResult {
  token: string;
  role: Role | null;
  status: string | null;
  twoFactor: 'not_required' | 'required' | 'setup_required';
  home: string;
}

/**
 * Checks e-mail and password for this host: on a province's site the person needs a membership there,
 * on the base domain the platform-admin role, on national. the ministry-viewer role.
 */
export async function signIn(c: Context<AppEnv>, email: string, password: string): Promise<SignInResult> {
  const scope = scopeOf(c);
  const outcome = await inScope(
    c,
    async (tx, tenantId) => {
      const user = await queries.findUserByEmail(tx, email);
      const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
      if (!user || !passwordOk)
        return { ok: false as const, reason: user ? 'wrong_password' : 'unknown_email' };
      let role: Role | null = null;
      let status: string | null = null;
      if (tenantId) {
        const m = await queries.findMembership(tx, tenantId, user.id);
        if (m && m.status !== 'rejected' && m.status !== 'deactivated') [role, status] = [m.role, m.status];
      } else if (user.platformRole === (scope === 'national' ? 'ministry_viewer' : 'platform_admin')) {
        [role, status] = [user.platformRole, 'active'];
      }
      if (!role) return { ok: false as const, reason: 'no_role_here' };
      if (!user.emailVerifiedAt) return { ok: false as const, reason: 'email_not_verified' };
      const twoFactor = requiresTwoFactorFor(role)
        ? user.totpEnabledAt
          ? 'required'
          : 'setup_required'
        : 'not_required';
      const token = await issueSession(c, tx, tenantId, {
        userId: user.id,
        twoFactorVerified: false,
        ip: clientIp(c),
      });
      await audit(c, tx, tenantId, { action: 'auth.login', actorUserId: user.id, actorEmail: user.email });
      const home = status === 'pending' ? '/cho-duyet' : homePathFor(role);
      return { ok: true as const, result: { token, role, status, twoFactor, home } satisfies SignInResult };
    },
    { lookupEmail: email },
  );
  if (outcome.ok) return outcome.result;
  // Written in its own transaction: the failure must be recorded even though the request fails.
  await inScope(c, (tx, tenantId) =>
    audit(c, tx, tenantId, {
      action: 'auth.login_failed',
      actorUserId: null,
      actorEmail: email,
      details: { reason: outcome.reason },
    }),
  );
  if (outcome.reason === 'email_not_verified') {
    throw new ApiError(
      'EMAIL_NOT_VERIFIED',
      'Vui lòng xác nhận email trước khi đăng nhập (xem hộp thư của bạn).',
    );
  }
  throw wrongCredentials();
}
