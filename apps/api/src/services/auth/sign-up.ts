import { generateOneTimeToken, hashOneTimeToken } from '@tongdai/auth';
import type { SignupInput } from '@tongdai/contracts';
import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { inScope } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';
import { linkOnThisHost } from './links.js';
import { assertPasswordPolicy, hashPassword } from './passwords.js';

const DAY = 86_400_000;

/** Sends the e-mail verification link for a new self-signup, valid on this province's site for 2 days. */
export async function sendVerification(
  c: Context<AppEnv>,
  tx: Tx,
  tenantId: string,
  user: { id: string; email: string; name: string },
) {
  const { token, tokenHash } = generateOneTimeToken();
  const expiresAt = new Date(c.get('deps').now().getTime() + 2 * DAY);
  await queries.insertUserToken(tx, {
    tenantId,
    userId: user.id,
    purpose: 'verify_email',
    tokenHash,
    expiresAt,
  });
  const link = linkOnThisHost(c, `/xac-nhan-email?token=${encodeURIComponent(token)}`);
  await c.get('deps').mailer.send({
    to: user.email,
    subject: `[${c.get('tenant').name}] Xác nhận email đăng ký tài khoản Tổng đài 1022`,
    text: `Xin chào ${user.name},\n\nVui lòng mở liên kết sau để xác nhận email (hiệu lực 48 giờ):\n${link}\n\nSau khi xác nhận, quản trị viên của tỉnh sẽ duyệt tài khoản của bạn.\n`,
  });
}

/** A person asks to join this province; the account waits for e-mail verification and an admin's approval. */
export async function signUp(c: Context<AppEnv>, input: SignupInput) {
  assertPasswordPolicy(input.password, { email: input.email, name: input.name });
  const passwordHash = await hashPassword(input.password);
  return inScope(
    c,
    async (tx, tenantId) => {
      if (!tenantId) throw new ApiError('NOT_FOUND', 'Chỉ đăng ký được trên trang của tỉnh.');
      if (input.agencyId && !(await queries.findAgency(tx, tenantId, input.agencyId))) {
        throw new ApiError('VALIDATION_FAILED', 'Cơ quan không tồn tại.', [
          { path: 'agencyId', message: 'Cơ quan không tồn tại.' },
        ]);
      }
      if (await queries.findUserByEmail(tx, input.email)) {
        throw new ApiError(
          'CONFLICT',
          'Email này đã có tài khoản trên nền tảng. Hãy đăng nhập, hoặc nhờ quản trị viên của tỉnh gửi lời mời.',
        );
      }
      const userId = await queries.insertUser(tx, {
        email: input.email,
        name: input.name,
        phone: input.phone ?? null,
        passwordHash,
      });
      await queries.insertMembership(tx, {
        tenantId,
        userId,
        role: input.requestedRole,
        requestedRole: input.requestedRole,
        agencyId: input.agencyId ?? null,
        status: 'pending',
      });
      await sendVerification(c, tx, tenantId, { id: userId, email: input.email, name: input.name });
      await audit(c, tx, tenantId, {
        action: 'member.signup',
        actorUserId: userId,
        actorEmail: input.email,
        targetType: 'user',
        targetId: userId,
        details: { requestedRole: input.requestedRole },
      });
      return { userId };
    },
    { lookupEmail: input.email },
  );
}

export async function verifyEmail(c: Context<AppEnv>, token: string) {
  return inScope(c, async (tx, tenantId) => {
    const used = await queries.consumeUserToken(tx, hashOneTimeToken(token), 'verify_email');
    if (!used) throw new ApiError('BAD_REQUEST', 'Liên kết xác nhận không hợp lệ hoặc đã hết hạn.');
    return c.get('deps').db.withTenant({ tenantId: tenantId!, userId: used.userId }, async (own) => {
      await queries.markEmailVerified(own, used.userId);
      const user = await queries.findUserById(own, used.userId);
      await audit(c, own, tenantId, {
        action: 'auth.email_verified',
        actorUserId: used.userId,
        actorEmail: user?.email ?? null,
      });
      return { verified: true };
    });
  });
}
