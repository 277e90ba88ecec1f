import { permissionsOf } from '@tongdai/core';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { requireAuth } from '../../middleware/require-permission.js';

/** Who is signed in on this host, and what the UI may offer them. */
export const me = new Hono<AppEnv>().get('/me', (c) => {
  const auth = requireAuth(c);
  return c.json({
    user: { id: auth.userId, email: auth.email, name: auth.name },
    scope: auth.scope,
    role: auth.role,
    status: auth.status,
    agencyId: auth.agencyId,
    twoFactor: { enabled: auth.twoFactorEnabled, verified: auth.twoFactorVerified },
    permissions: auth.status === 'active' ? permissionsOf(auth.role) : [],
  });
});
