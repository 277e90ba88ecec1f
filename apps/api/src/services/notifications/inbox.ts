import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv, AuthState } from '../../context.js';
import { notFound } from '../../lib/errors.js';
import { inTenant } from '../../lib/tenant-db.js';

/** The signed-in person's notifications, newest first (the database shows nobody else's). */
export function listNotifications(c: Context<AppEnv>, auth: AuthState, unreadOnly: boolean) {
  return inTenant(c, async (tx, tenantId) => {
    const rows = await queries.listUserNotifications(tx, tenantId, auth.userId, 100, unreadOnly);
    return rows.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
    }));
  });
}

export function markRead(c: Context<AppEnv>, auth: AuthState, id: string) {
  const now = c.get('deps').now();
  return inTenant(c, async (tx, tenantId) => {
    if (!(await queries.markNotificationRead(tx, tenantId, auth.userId, id, now))) {
      throw notFound('Không tìm thấy thông báo này.');
    }
  });
}
