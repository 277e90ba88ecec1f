import { fail, type RequestEvent } from '@sveltejs/kit';
import type { NotificationItem } from '$lib/cases/types.js';
import { formatDateTime } from '$lib/format.js';
import { apiClient, settle } from '../api.js';
import { readForm } from '../forms.js';
import { requireActive } from '../guards.js';

type NotificationEvent = Pick<
  RequestEvent,
  'url' | 'fetch' | 'locals' | 'request' | 'cookies' | 'getClientAddress'
>;

/** The signed-in person's in-app notifications (SLA risk, breaches, escalations), newest first. */
export async function loadNotifications(
  event: NotificationEvent,
  unreadOnly: boolean,
): Promise<NotificationItem[]> {
  const res = await apiClient(event).v1.notifications.$get({ query: unreadOnly ? { unread: '1' } : {} });
  const result = await settle(res);
  // Notifications are a side panel: the page still works when they cannot be read.
  if (!result.ok) return [];
  return result.data.notifications.map((n) => ({
    id: n.id,
    kind: n.kind,
    caseId: n.caseId,
    title: n.title,
    body: n.body,
    createdAt: formatDateTime(n.createdAt),
    read: n.readAt !== null,
  }));
}

/** Form action: mark one notification read. */
export async function markNotificationRead(event: NotificationEvent) {
  requireActive(event);
  const values = await readForm(event.request);
  const id = values.notificationId ?? '';
  const result = await settle(await apiClient(event).v1.notifications[':id'].read.$post({ param: { id } }));
  if (!result.ok) {
    return fail(result.status >= 400 && result.status <= 599 ? result.status : 502, {
      form: 'notification',
      values: { notificationId: id },
      errors: {},
      message: result.error.message,
      code: result.error.code,
    });
  }
  return { form: 'notification', done: 'read', params: {} };
}
