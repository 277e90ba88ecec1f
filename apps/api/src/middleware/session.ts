import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.js';
import { clearSessionCookie, readSessionCookie } from '../services/session-cookie.js';
import { validateSession } from '../services/sessions.js';

/** Finds who is signed in on this host, if anyone; never refuses by itself. */
export const loadSession = createMiddleware<AppEnv>(async (c, next) => {
  const token = readSessionCookie(c);
  const auth = token ? await validateSession(c, token) : null;
  if (token && !auth) clearSessionCookie(c);
  c.set('auth', auth);
  if (auth) c.set('log', c.get('log').child({ userId: auth.userId }));
  await next();
});
