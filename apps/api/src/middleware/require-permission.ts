import { can, requiresTwoFactor, type Permission } from '@tongdai/core';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, AuthState } from '../context.js';
import { ApiError } from '../lib/errors.js';

/** The signed-in person, or 401. */
export function requireAuth(c: Context<AppEnv>): AuthState {
  const auth = c.get('auth');
  if (!auth) throw new ApiError('UNAUTHENTICATED', 'Vui lòng đăng nhập.');
  return auth;
}

/**
 * The one permission check every protected route uses: signed in, approved, second factor done
 * where the role needs one, and the role's table grants the permission.
 */
export function assertPermission(c: Context<AppEnv>, permission: Permission): AuthState {
  const auth = requireAuth(c);
  if (auth.status === 'pending') {
    throw new ApiError('ACCOUNT_PENDING', 'Tài khoản đang chờ quản trị viên phê duyệt.');
  }
  if (auth.status !== 'active') throw new ApiError('FORBIDDEN', 'Tài khoản không còn hiệu lực.');
  if (requiresTwoFactor(auth.role) && !auth.twoFactorVerified) {
    throw new ApiError(
      'TWO_FACTOR_REQUIRED',
      auth.twoFactorEnabled
        ? 'Vui lòng nhập mã xác thực hai lớp.'
        : 'Vai trò quản trị cần bật xác thực hai lớp trước khi tiếp tục.',
    );
  }
  if (!can(auth.role, permission))
    throw new ApiError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.');
  return auth;
}

export const requirePermission = (permission: Permission) =>
  createMiddleware<AppEnv>(async (c, next) => {
    assertPermission(c, permission);
    await next();
  });
