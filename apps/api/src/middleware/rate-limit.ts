import { createHash } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Tenant } from '@tongdai/db';
import type { LimitResult, PolicyName } from '@tongdai/rate-limit';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.js';
import { ApiError } from '../lib/errors.js';

/** The caller's address: the proxy's first X-Forwarded-For entry when trusted, else the socket's. */
export function clientIp(c: Context<AppEnv>): string {
  if (c.get('deps').trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not served by @hono/node-server (app.request in tests): there is no socket.
    return 'unknown';
  }
}

// Hashed: keys may carry e-mail addresses or long attacker-chosen input; '_' is never a slug.
function scopedKey(c: Context<AppEnv>, key: string): string {
  const tenant = c.get('tenant') as Tenant | undefined;
  return `${tenant?.slug ?? '_'}:${createHash('sha256').update(key).digest('base64url')}`;
}

const secondsUntil = (epochMs: number) => Math.max(0, Math.ceil((epochMs - Date.now()) / 1000));

function setLimitHeaders(c: Context<AppEnv>, result: LimitResult) {
  c.header('RateLimit-Limit', String(result.limit));
  c.header('RateLimit-Remaining', String(result.remaining));
  c.header('RateLimit-Reset', String(secondsUntil(result.reset)));
}

/**
 * Counts one attempt under a named policy, for checks that need the parsed request (e.g. the account
 * being signed in to). Over the limit it throws RATE_LIMITED, with Retry-After in seconds.
 */
export async function enforceRateLimit(c: Context<AppEnv>, policy: PolicyName, key: string) {
  const result = await c.get('deps').limiters.get(policy).limit(scopedKey(c, key));
  setLimitHeaders(c, result);
  if (!result.success) {
    const retryAfter = Math.max(1, secondsUntil(result.reset));
    c.header('Retry-After', String(retryAfter));
    const minutes = Math.ceil(retryAfter / 60);
    throw new ApiError('RATE_LIMITED', `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`);
  }
  return result;
}

/** Middleware form of enforceRateLimit, keyed from the request (usually `clientIp`). */
export const rateLimit = (policy: PolicyName, key: (c: Context<AppEnv>) => string | Promise<string>) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const result = await enforceRateLimit(c, policy, await key(c));
    await next();
    // A handler's own Response drops headers set before it; of several checks, the tightest is shown.
    const shown = c.res.headers.get('RateLimit-Remaining');
    if (shown === null || result.remaining < Number(shown)) setLimitHeaders(c, result);
  });
