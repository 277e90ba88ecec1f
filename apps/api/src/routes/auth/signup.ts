import { SignupInput, TokenInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { clientIp, rateLimit } from '../../middleware/rate-limit.js';
import { requireTenant } from '../../middleware/tenant.js';
import { signUp, verifyEmail } from '../../services/auth/sign-up.js';

export const signup = new Hono<AppEnv>()
  .post(
    '/signup',
    requireTenant,
    rateLimit('signup-ip', clientIp),
    validate('json', SignupInput),
    async (c) => {
      await signUp(c, c.req.valid('json'));
      return c.json({ status: 'pending', emailVerification: 'sent' }, 201);
    },
  )
  .post(
    '/verify-email',
    requireTenant,
    rateLimit('invite-accept', clientIp),
    validate('json', TokenInput),
    async (c) => c.json(await verifyEmail(c, c.req.valid('json').token)),
  );
