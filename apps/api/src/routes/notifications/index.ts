import { IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../context.js';
import { ApiError } from '../../lib/errors.js';
import { validate } from '../../lib/validate.js';
import { requireAuth } from '../../middleware/require-permission.js';
import { listNotifications, markRead } from '../../services/notifications/inbox.js';

const ListQuery = v.object({ unread: v.optional(v.picklist(['0', '1'])) });

function assertMember(c: Parameters<typeof requireAuth>[0]) {
  const auth = requireAuth(c);
  if (auth.scope !== 'tenant' || auth.status !== 'active') {
    throw new ApiError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.');
  }
  return auth;
}

/** GET /v1/notifications[?unread=1] and POST /v1/notifications/:id/read: one's own in-app notifications. */
export const notificationRoutes = new Hono<AppEnv>()
  .get('/', validate('query', ListQuery), async (c) => {
    const auth = assertMember(c);
    return c.json({ notifications: await listNotifications(c, auth, c.req.valid('query').unread === '1') });
  })
  .post('/:id/read', validate('param', IdParam), async (c) => {
    const auth = assertMember(c);
    await markRead(c, auth, c.req.valid('param').id);
    return c.json({ read: true });
  });
