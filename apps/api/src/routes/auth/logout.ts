import { queries } from '@tongdai/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { inScope } from '../../lib/tenant-db.js';
import { requireAuth } from '../../middleware/require-permission.js';
import { audit } from '../../services/audit.js';
import { clearSessionCookie } from '../../services/session-cookie.js';

export const logout = new Hono<AppEnv>()
  .post('/logout', async (c) => {
    const auth = c.get('auth');
    if (auth) {
      await inScope(c, async (tx, tenantId) => {
        await queries.deleteSession(tx, auth.sessionId);
        await audit(c, tx, tenantId, { action: 'auth.logout' });
      });
    }
    clearSessionCookie(c);
    return c.json({ signedOut: true });
  })
  .post('/logout-everywhere', async (c) => {
    const auth = requireAuth(c);
    const ended = await inScope(c, async (tx, tenantId) => {
      const n = await queries.deleteUserSessions(tx, auth.userId);
      await audit(c, tx, tenantId, { action: 'auth.logout_everywhere', details: { sessionsEnded: n } });
      return n;
    });
    clearSessionCookie(c);
    return c.json({ signedOut: true, sessionsEnded: ended });
  });
