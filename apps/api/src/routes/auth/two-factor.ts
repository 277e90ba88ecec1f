import { TwoFactorInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { clientIp, rateLimit } from '../../middleware/rate-limit.js';
import { beginTotpSetup, confirmTotpSetup, verifySecondFactor } from '../../services/auth/two-factor.js';

/** Codes are guessed per account: the signed-in (not yet verified) user, else the address. */
const signedInUser = (c: Context<AppEnv>) => {
  const userId = c.get('auth')?.userId;
  return userId ? `user:${userId}` : `ip:${clientIp(c)}`;
};
const codeLimits = [rateLimit('login-ip', clientIp), rateLimit('second-factor', signedInUser)] as const;

export const twoFactor = new Hono<AppEnv>()
  .post('/2fa/setup', async (c) => c.json(await beginTotpSetup(c)))
  .post('/2fa/enable', ...codeLimits, validate('json', TwoFactorInput), async (c) =>
    c.json(await confirmTotpSetup(c, c.req.valid('json').code)),
  )
  .post('/2fa/verify', ...codeLimits, validate('json', TwoFactorInput), async (c) =>
    c.json(await verifySecondFactor(c, c.req.valid('json').code)),
  );
