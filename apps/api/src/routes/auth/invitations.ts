import { AcceptInviteInput, TokenInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { clientIp, rateLimit } from '../../middleware/rate-limit.js';
import { requireTenant } from '../../middleware/tenant.js';
import { acceptInvitation, previewInvitation } from '../../services/members.js';

export const invitations = new Hono<AppEnv>()
  // Preview spends no attempts: the page shows it on every render and the token is unguessable.
  .post('/invitations/preview', requireTenant, validate('json', TokenInput), async (c) =>
    c.json(await previewInvitation(c, c.req.valid('json').token)),
  )
  .post(
    '/invitations/accept',
    requireTenant,
    rateLimit('invite-accept', clientIp),
    validate('json', AcceptInviteInput),
    async (c) => c.json(await acceptInvitation(c, c.req.valid('json'))),
  );
