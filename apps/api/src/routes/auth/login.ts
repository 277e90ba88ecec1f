import { LoginInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { validate } from '../../lib/validate.js';
import { clientIp, enforceRateLimit, rateLimit } from '../../middleware/rate-limit.js';
import { setSessionCookie } from '../../services/session-cookie.js';
import { sendLockoutNotice } from '../../services/auth/lockout.js';
import { signIn } from '../../services/auth/sign-in.js';

export const login = new Hono<AppEnv>().post(
  '/login',
  rateLimit('login-ip', clientIp),
  validate('json', LoginInput),
  async (c) => {
    const { email, password } = c.req.valid('json');
    await enforceRateLimit(c, 'login-account', email).catch(async (e: unknown) => {
      if (e instanceof ApiError && e.code === 'RATE_LIMITED') await sendLockoutNotice(c, email);
      throw e;
    });
    const result = await signIn(c, email, password);
    setSessionCookie(c, result.token);
    return c.json({
      role: result.role,
      status: result.status,
      twoFactor: result.twoFactor,
      home: result.home,
    });
  },
);
