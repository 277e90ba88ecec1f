import { error } from '@sveltejs/kit';
import type { TenantProfileOutput } from '@tongdai/contracts';

/** For tenant-only pages: the province loaded by `handleTenant`, or the 404 "no such hotline" page. */
export function requireTenant(locals: App.Locals): TenantProfileOutput {
  if (locals.tenant) return locals.tenant;
  if (locals.tenantError) {
    const { status, message, code } = locals.tenantError;
    error(status, { message, code });
  }
  error(404, { message: 'Tenant not found', code: 'TENANT_NOT_FOUND' });
}

/** Pages that exist on every site with accounts (a province, the platform, the ministry's). */
export function requireSite(locals: App.Locals): void {
  if (locals.target === 'platform' || locals.target === 'national') return;
  requireTenant(locals);
}

/** Pages of one kind of host only (the platform's, the ministry's): a 404 anywhere else. */
export function requireHostKind(locals: App.Locals, kind: 'platform' | 'national'): void {
  if (locals.target !== kind) error(404, { message: 'Not found', code: 'NOT_FOUND' });
}
