import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { agencies } from '../schema/agencies.js';
import { notifications } from '../schema/cases.js';
import { memberships } from '../schema/memberships.js';
import { users } from '../schema/users.js';

export interface NotificationValues {
  tenantId: string;
  recipient: string;
  userId: string | null;
  sentBy: string | null;
  kind: string;
  dedupeKey: string;
  caseId: string | null;
  title: string;
  body: string;
  emailTo: string | null;
  createdAt: Date;
}

/** Inserts what is not there yet; a (dedupe key, recipient) pair already notified is skipped. */
export async function insertNotifications(tx: Tx, rows: NotificationValues[]): Promise<number> {
  if (rows.length === 0) return 0;
  // No RETURNING: the inserting person may not read other people's notifications.
  const result = await tx
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing({
      target: [notifications.tenantId, notifications.dedupeKey, notifications.recipient],
    });
  return result.count;
}

/** Who hears of an SLA change: active supervisors, the agency's staff, the case's operator, the agency's contact. */
export async function slaRecipients(
  tx: Tx,
  tenantId: string,
  agencyId: string | null,
  operatorId: string | null,
) {
  const people = await tx
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: memberships.role,
      agencyId: memberships.agencyId,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.tenantId, tenantId),
        eq(memberships.status, 'active'),
        inArray(memberships.role, ['supervisor', 'agency_staff', 'operator']),
      ),
    );
  const agency = agencyId
    ? (
        await tx
          .select({ name: agencies.name, contactEmail: agencies.contactEmail })
          .from(agencies)
          .where(and(eq(agencies.tenantId, tenantId), eq(agencies.id, agencyId)))
          .limit(1)
      )[0]
    : undefined;
  return {
    supervisors: people.filter((p) => p.role === 'supervisor'),
    agencyStaff: people.filter(
      (p) => p.role === 'agency_staff' && agencyId !== null && p.agencyId === agencyId,
    ),
    operator: people.find((p) => p.userId === operatorId && p.role === 'operator'),
    agency,
  };
}

/** E-mails still to send, locked so two workers never send the same one at once. */
export function pendingNotificationEmails(tx: Tx, tenantId: string, limit: number) {
  return tx
    .select({
      id: notifications.id,
      emailTo: notifications.emailTo,
      title: notifications.title,
      body: notifications.body,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.tenantId, tenantId),
        sql`${notifications.emailTo} is not null`,
        isNull(notifications.emailedAt),
        sql`${notifications.emailAttempts} < 5`,
      ),
    )
    .orderBy(asc(notifications.createdAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function markNotificationEmail(tx: Tx, tenantId: string, id: string, sentAt: Date | null) {
  await tx
    .update(notifications)
    .set(sentAt ? { emailedAt: sentAt } : { emailAttempts: sql`${notifications.emailAttempts} + 1` })
    .where(and(eq(notifications.tenantId, tenantId), eq(notifications.id, id)));
}

export function listUserNotifications(
  tx: Tx,
  tenantId: string,
  userId: string,
  limit: number,
  unreadOnly: boolean,
) {
  return tx
    .select({
      id: notifications.id,
      kind: notifications.kind,
      caseId: notifications.caseId,
      title: notifications.title,
      body: notifications.body,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.tenantId, tenantId),
        eq(notifications.userId, userId),
        unreadOnly ? isNull(notifications.readAt) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

export async function markNotificationRead(tx: Tx, tenantId: string, userId: string, id: string, at: Date) {
  const rows = await tx
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(
      and(eq(notifications.tenantId, tenantId), eq(notifications.userId, userId), eq(notifications.id, id)),
    )
    .returning({ id: notifications.id });
  return rows.length > 0;
}

/** Every notification of a case, for tests and the timeline's "who was told". */
export function listCaseNotifications(tx: Tx, tenantId: string, caseId: string) {
  return tx
    .select()
    .from(notifications)
    .where(and(eq(notifications.tenantId, tenantId), eq(notifications.caseId, caseId)))
    .orderBy(asc(notifications.createdAt));
}
