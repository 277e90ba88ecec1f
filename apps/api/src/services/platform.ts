import { generateOneTimeToken } from '@tongdai/auth';
import type { CreateTenantInput } from '@tongdai/contracts';
import { isValidSlug } from '@tongdai/core';
import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import { ApiError } from '../lib/errors.js';
import { inScope } from '../lib/tenant-db.js';
import { requireAuth } from '../middleware/require-permission.js';
import { audit } from './audit.js';
import { linkOnTenantHost } from './auth/links.js';

/** A platform admin opens a new province (onboarding until its admin goes live). */
export async function createTenant(c: Context<AppEnv>, input: CreateTenantInput) {
  if (!isValidSlug(input.slug)) {
    throw new ApiError('VALIDATION_FAILED', 'Tên miền con này được dành riêng hoặc không hợp lệ.', [
      { path: 'slug', message: 'Tên miền con được dành riêng hoặc không hợp lệ.' },
    ]);
  }
  if (await c.get('deps').db.findTenantBySlug(input.slug)) {
    throw new ApiError('CONFLICT', 'Tên miền con này đã được dùng cho một tỉnh khác.');
  }
  const tenant = await c.get('deps').registry.createTenant(input);
  await inScope(c, (tx) =>
    audit(c, tx, null, {
      action: 'tenant.created',
      targetType: 'tenant',
      targetId: tenant.id,
      details: input,
    }),
  );
  return tenant;
}

export async function setTenantStatus(
  c: Context<AppEnv>,
  slug: string,
  status: 'active' | 'suspended' | 'onboarding',
) {
  const tenant = await c.get('deps').registry.setTenantStatus(slug, status);
  if (!tenant) throw new ApiError('NOT_FOUND', 'Không tìm thấy tỉnh này.');
  await inScope(c, (tx) =>
    audit(c, tx, null, { action: `tenant.${status}`, targetType: 'tenant', targetId: tenant.id }),
  );
  return tenant;
}

/** Appoints a province's first admin: an invitation on the province's own site, with role tenant_admin. */
export async function appointTenantAdmin(
  c: Context<AppEnv>,
  slug: string,
  input: { email: string; name: string },
) {
  const auth = requireAuth(c);
  const tenant = await c.get('deps').db.findTenantBySlug(slug);
  if (!tenant) throw new ApiError('NOT_FOUND', 'Không tìm thấy tỉnh này.');
  const { token, tokenHash } = generateOneTimeToken();
  const expiresAt = new Date(c.get('deps').now().getTime() + 7 * 86_400_000);
  const invitationId = await c
    .get('deps')
    .db.withTenant({ tenantId: tenant.id, userId: auth.userId }, async (tx) => {
      const id = await queries.insertInvitation(tx, {
        tenantId: tenant.id,
        email: input.email,
        role: 'tenant_admin',
        tokenHash,
        invitedBy: auth.userId,
        expiresAt,
      });
      await audit(c, tx, tenant.id, {
        action: 'member.invited',
        targetType: 'invitation',
        targetId: id,
        details: { email: input.email, role: 'tenant_admin', by: 'platform_admin' },
      });
      return id;
    });
  await inScope(c, (tx) =>
    audit(c, tx, null, {
      action: 'tenant.admin_appointed',
      targetType: 'tenant',
      targetId: tenant.id,
      details: input,
    }),
  );
  const link = linkOnTenantHost(c, tenant.slug, `/loi-moi?token=${encodeURIComponent(token)}`);
  await c.get('deps').mailer.send({
    to: input.email,
    subject: `Bổ nhiệm quản trị Tổng đài 1022 ${tenant.name}`,
    text: `Xin chào ${input.name},\n\nBạn được chỉ định làm quản trị viên ${tenant.officialName}.\nMở liên kết sau để tạo tài khoản (hiệu lực 7 ngày):\n${link}\n`,
  });
  return { invitationId, expiresAt };
}
