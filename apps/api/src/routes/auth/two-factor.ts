import { TwoFactorInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { clientIp, rateLimit } from '../../middleware/rate-limit.js';
import { beginTotpSetup, confirmTotpSetup, verifySecondFactor } from '../../services/auth/two-factor.js';

export const twoFactor = new Hono<AppEnv>()
  .post('/2fa/setup', async (c) => c.json(await beginTotpSetup(c)))
  .post('/2fa/enable', rateLimit('login-ip', clientIp), validate('json', TwoFactorInput), async (c) =>
    c.json(await confirmTotpSetup(c, c.req.valid('json').code)),
  )
  .post('/2fa/verify', rateLimit('login-ip', clientIp), validate('json', TwoFactorInput), async (c) =>
    c.json(await verifySecondFactor(c, c.req.valid('json').code)),
  );
