import type { Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../context.js';

/** Runs `fn` in the request's province context with the signed-in person's role and agency. */
export function inTenant<T>(c: Context<AppEnv>, fn: (tx: Tx, tenantId: string) => Promise<T>): Promise<T> {
  const tenant = c.get('tenant');
  const auth = c.get('auth');
  return c.get('deps').db.withTenant(
    {
      tenantId: tenant.id,
      userId: auth?.userId ?? null,
      role: auth?.role ?? null,
      agencyId: auth?.agencyId ?? null,
    },
    (tx) => fn(tx, tenant.id),
  );
}

/**
 * The request's own scope: its province on a province's host, the platform's otherwise.
 * `extra` adds what sign-in flows need (the e-mail typed, or the user being acted for).
 */
export function inScope<T>(
  c: Context<AppEnv>,
  fn: (tx: Tx, tenantId: string | null) => Promise<T>,
  extra: { lookupEmail?: string; userId?: string } = {},
): Promise<T> {
  const auth = c.get('auth');
  const ctx = {
    userId: extra.userId ?? auth?.userId ?? null,
    role: auth?.role ?? null,
    agencyId: auth?.agencyId ?? null,
    lookupEmail: extra.lookupEmail ?? null,
  };
  const db = c.get('deps').db;
  if (c.get('target').kind === 'tenant') {
    const tenantId = c.get('tenant').id;
    return db.withTenant({ ...ctx, tenantId }, (tx) => fn(tx, tenantId));
  }
  return db.withPlatform(ctx, (tx) => fn(tx, null));
}
