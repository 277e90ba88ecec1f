import { ChangePasswordInput, ForgotPasswordInput, ResetPasswordInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { clientIp, enforceRateLimit, rateLimit } from '../../middleware/rate-limit.js';
import { changePassword, requestPasswordReset, resetPassword } from '../../services/auth/password-reset.js';
import { clearSessionCookie } from '../../services/session-cookie.js';

export const password = new Hono<AppEnv>()
  .post(
    '/password/forgot',
    rateLimit('password-reset', clientIp),
    validate('json', ForgotPasswordInput),
    async (c) => {
      const { email } = c.req.valid('json');
      await enforceRateLimit(c, 'password-reset', `email:${email}`);
      return c.json(await requestPasswordReset(c, email));
    },
  )
  .post(
    '/password/reset',
    rateLimit('password-reset', clientIp),
    validate('json', ResetPasswordInput),
    async (c) => {
      const { token, password: pw } = c.req.valid('json');
      const result = await resetPassword(c, token, pw);
      clearSessionCookie(c);
      return c.json(result);
    },
  )
  .post('/password/change', validate('json', ChangePasswordInput), async (c) => {
    const { currentPassword, newPassword } = c.req.valid('json');
    const result = await changePassword(c, currentPassword, newPassword);
    clearSessionCookie(c);
    return c.json(result);
  });
