import { InviteInput, MemberDecisionInput, MemberListQuery, MemberParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { requirePermission } from '../../middleware/require-permission.js';
import { decideMember, invite, listMembers } from '../../services/members.js';

export const memberRoutes = new Hono<AppEnv>()
  .get('/', requirePermission('members.read'), validate('query', MemberListQuery), async (c) =>
    c.json({ members: await listMembers(c, c.req.valid('query').status) }),
  )
  .patch(
    '/:userId',
    requirePermission('members.manage'),
    validate('param', MemberParam),
    validate('json', MemberDecisionInput),
    async (c) => c.json({ member: await decideMember(c, c.req.valid('param').userId, c.req.valid('json')) }),
  )
  .post('/invitations', requirePermission('members.manage'), validate('json', InviteInput), async (c) =>
    c.json({ invitation: await invite(c, c.req.valid('json')) }, 201),
  );
