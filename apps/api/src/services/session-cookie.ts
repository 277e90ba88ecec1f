import { DEFAULT_SESSION_POLICY, isSecureHost, SESSION_COOKIE, sessionCookieOptions } from '@tongdai/auth';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../context.js';
import { requestHost } from '../middleware/tenant.js';

/** Host-only cookie (no Domain attribute): a province's cookie is never sent to a sibling province. */
export function setSessionCookie(c: Context<AppEnv>, token: string) {
  const options = sessionCookieOptions({
    secure: isSecureHost(requestHost(c) ?? ''),
    maxAgeSeconds: Math.floor(DEFAULT_SESSION_POLICY.inactivityTimeoutMs / 1000),
  });
  setCookie(c, SESSION_COOKIE, token, { ...options, sameSite: 'Lax' });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

export function readSessionCookie(c: Context<AppEnv>): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}
