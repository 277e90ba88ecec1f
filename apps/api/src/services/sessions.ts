import {
  DEFAULT_SESSION_POLICY,
  evaluateSession,
  generateSessionToken,
  parseSessionToken,
  verifySecret,
} from '@tongdai/auth';
import { isTenantRole, type Role } from '@tongdai/core';
import { queries, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../context.js';
import { inScope } from '../lib/tenant-db.js';

type Scope = AuthState['scope'];

export function scopeOf(c: Context<AppEnv>): Scope {
  const kind = c.get('target').kind;
  return kind === 'tenant' ? 'tenant' : kind === 'national' ? 'national' : 'platform';
}

/** Creates a session for this host and returns its token (for the cookie). */
export async function issueSession(
  c: Context<AppEnv>,
  tx: Tx,
  tenantId: string | null,
  values: { userId: string; twoFactorVerified: boolean; ip: string },
): Promise<string> {
  const { token, id, secretHash } = generateSessionToken();
  const now = c.get('deps').now();
  await queries.insertSession(tx, {
    id,
    secretHash,
    tenantId,
    scope: scopeOf(c),
    userId: values.userId,
    twoFactorVerified: values.twoFactorVerified,
    ip: values.ip,
    userAgent: c.req.header('user-agent')?.slice(0, 300) ?? null,
    createdAt: now,
    lastVerifiedAt: now,
  });
  return token;
}

/**
 * Validates a session token on this host: found in this host's scope, secret matches in constant time,
 * not expired (sliding refresh), and the person still holds a role here. Returns null otherwise.
 */
export async function validateSession(c: Context<AppEnv>, token: string): Promise<AuthState | null> {
  const parsed = parseSessionToken(token);
  if (!parsed) return null;
  const now = c.get('deps').now();
  const scope = scopeOf(c);
  const session = await inScope(c, async (tx, tenantId) => {
    const found = await queries.findSession(tx, parsed.id);
    if (!found || !verifySecret(parsed.secret, found.secretHash)) return null;
    if (found.scope !== scope || found.tenantId !== tenantId) return null;
    const state = evaluateSession(found, now, DEFAULT_SESSION_POLICY);
    if (state === 'expired') {
      await queries.deleteSession(tx, found.id);
      return null;
    }
    if (state === 'refresh') await queries.touchSession(tx, found.id, { lastVerifiedAt: now });
    return found;
  });
  if (!session) return null;
  // The person is read as themselves: platform-scope users have no membership that would show them.
  return inScope(
    c,
    async (tx, tenantId) => {
      const user = await queries.findUserById(tx, session.userId);
      if (!user) return null;
      let role: Role | null = null;
      let status: AuthState['status'] = null;
      let agencyId: string | null = null;
      if (tenantId) {
        const membership = await queries.findMembership(tx, tenantId, user.id);
        if (!membership || membership.status === 'rejected' || membership.status === 'deactivated')
          return null;
        role = isTenantRole(membership.role) ? membership.role : null;
        status = membership.status;
        agencyId = membership.agencyId;
      } else {
        const expected = scope === 'national' ? 'ministry_viewer' : 'platform_admin';
        if (user.platformRole !== expected) return null;
        role = user.platformRole;
        status = 'active';
      }
      return {
        sessionId: session.id,
        userId: user.id,
        email: user.email,
        name: user.name,
        scope,
        role,
        status,
        agencyId,
        emailVerified: user.emailVerifiedAt !== null,
        twoFactorEnabled: user.totpEnabledAt !== null,
        twoFactorVerified: session.twoFactorVerified,
      } satisfies AuthState;
    },
    { userId: session.userId },
  );
}
