import { isServedTenantStatus, resolveTenant, type HostTarget } from '@tongdai/core';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.js';
import { ApiError } from '../lib/errors.js';

/** The host the request was addressed to: the proxy's X-Forwarded-Host when trusted. */
export function requestHost(c: Context<AppEnv>): string | undefined {
  const forwarded = c.get('deps').trustProxy ? c.req.header('x-forwarded-host') : undefined;
  return forwarded?.split(',')[0]?.trim() || c.req.header('host');
}

/** The scheme the client used: https only when a trusted proxy says so in X-Forwarded-Proto. */
export function requestProto(c: Context<AppEnv>): 'http' | 'https' {
  const forwarded = c.get('deps').trustProxy ? c.req.header('x-forwarded-proto') : undefined;
  return forwarded?.split(',')[0]?.trim().toLowerCase() === 'https' ? 'https' : 'http';
}

/** `scheme://host[:port]` the request was addressed to, for absolute links back to this site. */
export function requestOrigin(c: Context<AppEnv>): string {
  return `${requestProto(c)}://${requestHost(c)}`;
}

const tenantNotFound = () =>
  new ApiError('TENANT_NOT_FOUND', 'Không tìm thấy tổng đài 1022 của tỉnh/thành phố này.');

/**
 * Resolves the host once per request: platform, national, or a province loaded from the registry.
 * Unknown hosts and unknown, suspended or merged provinces end here with a 404.
 */
export const resolveHost = createMiddleware<AppEnv>(async (c, next) => {
  const target = resolveTenant(requestHost(c), c.get('deps').baseDomain);
  if (target.kind === 'unknown') throw tenantNotFound();
  if (target.kind === 'tenant') {
    const tenant = await c.get('deps').db.findTenantBySlug(target.slug);
    if (!tenant || !isServedTenantStatus(tenant.status)) throw tenantNotFound();
    c.set('tenant', tenant);
  }
  c.set('target', target);
  await next();
});

/** Routes that only exist on one kind of host answer 404 elsewhere. */
export const requireHost = (kind: HostTarget['kind']) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (c.get('target').kind !== kind) {
      if (kind === 'tenant') throw tenantNotFound();
      throw new ApiError('NOT_FOUND', 'Không tìm thấy trang này.');
    }
    await next();
  });

export const requireTenant = requireHost('tenant');
