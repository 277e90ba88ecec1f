import { generateOneTimeToken, hashOneTimeToken } from '@tongdai/auth';
import type { InviteInput, MemberDecisionInput } from '@tongdai/contracts';
import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import { ApiError, notFound } from '../lib/errors.js';
import { inTenant } from '../lib/tenant-db.js';
import { requireAuth } from '../middleware/require-permission.js';
import { audit } from './audit.js';
import { linkOnThisHost } from './auth/links.js';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './auth/passwords.js';

const INVITE_DAYS = 7;

export function listMembers(c: Context<AppEnv>, status?: queries.MembershipStatus) {
  return inTenant(c, (tx, tenantId) => queries.listMembers(tx, tenantId, status ? { status } : {}));
}

async function assertAgency(tx: Tx, tenantId: string, role: string, agencyId: string | undefined | null) {
  if (role !== 'agency_staff') return null;
  if (!agencyId || !(await queries.findAgency(tx, tenantId, agencyId))) {
    throw new ApiError('VALIDATION_FAILED', 'Cán bộ cơ quan cần chọn một cơ quan của tỉnh.', [
      { path: 'agencyId', message: 'Cơ quan không tồn tại.' },
    ]);
  }
  return agencyId;
}

const NEXT_STATUS: Record<MemberDecisionInput['action'], queries.MembershipStatus | null> = {
  approve: 'active',
  reject: 'rejected',
  deactivate: 'deactivated',
  reactivate: 'active',
  update: null,
};

/** Approve, reject, (de)activate a member or change their role and agency. */
export async function decideMember(c: Context<AppEnv>, userId: string, input: MemberDecisionInput) {
  const auth = requireAuth(c);
  if (userId === auth.userId && input.action !== 'update') {
    throw new ApiError('BAD_REQUEST', 'Không thể tự duyệt hoặc khóa tài khoản của chính mình.');
  }
  return inTenant(c, async (tx, tenantId) => {
    const current = await queries.findMembership(tx, tenantId, userId);
    if (!current) throw notFound('Không tìm thấy thành viên này.');
    const person = await queries.findUserById(tx, userId);
    if (input.action === 'approve' && !person?.emailVerifiedAt) {
      throw new ApiError('CONFLICT', 'Người này chưa xác nhận email nên chưa thể duyệt.');
    }
    const role = input.role ?? current.role;
    const agencyId = await assertAgency(tx, tenantId, role, input.agencyId ?? current.agencyId);
    const status = NEXT_STATUS[input.action] ?? current.status;
    const updated = await queries.updateMembership(tx, tenantId, userId, {
      status,
      role,
      agencyId,
      decidedBy: auth.userId,
    });
    if (status !== 'active') await queries.deleteUserSessionsInTenant(tx, tenantId, userId);
    await audit(c, tx, tenantId, {
      action: `member.${input.action}`,
      targetType: 'user',
      targetId: userId,
      details: {
        email: person?.email,
        from: { role: current.role, status: current.status },
        to: { role, status, agencyId },
      },
    });
    return updated;
  });
}

/** Invites someone by e-mail with a role; the link works once, on this province's site, for 7 days. */
export async function invite(c: Context<AppEnv>, input: InviteInput) {
  const auth = requireAuth(c);
  const { token, tokenHash } = generateOneTimeToken();
  const expiresAt = new Date(c.get('deps').now().getTime() + INVITE_DAYS * 86_400_000);
  const id = await inTenant(c, async (tx, tenantId) => {
    const agencyId = await assertAgency(tx, tenantId, input.role, input.agencyId);
    const invitationId = await queries.insertInvitation(tx, {
      tenantId,
      email: input.email,
      role: input.role,
      agencyId,
      tokenHash,
      invitedBy: auth.userId,
      expiresAt,
    });
    await audit(c, tx, tenantId, {
      action: 'member.invited',
      targetType: 'invitation',
      targetId: invitationId,
      details: { email: input.email, role: input.role },
    });
    return invitationId;
  });
  await c.get('deps').mailer.send({
    to: input.email,
    subject: `Lời mời tham gia Tổng đài 1022 ${c.get('tenant').name}`,
    text: `${auth.name} mời bạn tham gia ${c.get('tenant').officialName}.\n\nMở liên kết sau để nhận lời mời (hiệu lực ${INVITE_DAYS} ngày, dùng một lần):\n${linkOnThisHost(c, `/loi-moi?token=${encodeURIComponent(token)}`)}\n`,
  });
  return { id, expiresAt };
}

export async function previewInvitation(c: Context<AppEnv>, token: string) {
  return inTenant(c, async (tx, tenantId) => {
    const inv = await queries.findUsableInvitation(tx, tenantId, hashOneTimeToken(token));
    if (!inv) throw new ApiError('NOT_FOUND', 'Lời mời không hợp lệ, đã dùng hoặc đã hết hạn.');
    return { email: inv.email, role: inv.role, expiresAt: inv.expiresAt };
  });
}

/**
 * Accepts an invitation: creates the account, or — when the e-mail already has one in another province —
 * adds this province after the person proves it with their existing password.
 */
export async function acceptInvitation(
  c: Context<AppEnv>,
  input: { token: string; name: string; password: string; phone?: string | undefined },
) {
  const tenant = c.get('tenant');
  const tokenHash = hashOneTimeToken(input.token);
  const inv = await inTenant(c, (tx, tenantId) => queries.findUsableInvitation(tx, tenantId, tokenHash));
  if (!inv) throw new ApiError('NOT_FOUND', 'Lời mời không hợp lệ, đã dùng hoặc đã hết hạn.');
  const db = c.get('deps').db;
  const existing = await db.withTenant({ tenantId: tenant.id, lookupEmail: inv.email }, (tx) =>
    queries.findUserByEmail(tx, inv.email),
  );
  if (existing && !(await verifyPassword(existing.passwordHash, input.password))) {
    throw new ApiError('VALIDATION_FAILED', 'Email này đã có tài khoản: hãy nhập đúng mật khẩu hiện có.', [
      { path: 'password', message: 'Mật khẩu không đúng.' },
    ]);
  }
  if (!existing) assertPasswordPolicy(input.password, { email: inv.email, name: input.name });
  const passwordHash = existing ? null : await hashPassword(input.password);
  return db.withTenant({ tenantId: tenant.id, lookupEmail: inv.email }, async (tx) => {
    if (!(await queries.markInvitationAccepted(tx, tenant.id, inv.id))) {
      throw new ApiError('CONFLICT', 'Lời mời này vừa được sử dụng.');
    }
    const userId =
      existing?.id ??
      (await queries.insertUser(tx, {
        email: inv.email,
        name: input.name,
        phone: input.phone ?? null,
        passwordHash: passwordHash!,
        emailVerified: true,
      }));
    if (existing && (await queries.findMembership(tx, tenant.id, userId))) {
      await queries.updateMembership(tx, tenant.id, userId, {
        status: 'active',
        role: inv.role,
        agencyId: inv.agencyId,
        decidedBy: inv.invitedBy ?? userId,
      });
    } else {
      await queries.insertMembership(tx, {
        tenantId: tenant.id,
        userId,
        role: inv.role,
        agencyId: inv.agencyId,
        status: 'active',
        decidedBy: inv.invitedBy,
      });
    }
    await audit(c, tx, tenant.id, {
      action: 'member.invitation_accepted',
      actorUserId: userId,
      actorEmail: inv.email,
      targetType: 'invitation',
      targetId: inv.id,
      details: { role: inv.role, existingAccount: Boolean(existing) },
    });
    return { email: inv.email, role: inv.role };
  });
}
