import { queries, type AppDb, type Tx } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import type { Logger } from '../../lib/logger.js';
import type { Mailer } from '../../lib/mailer.js';

export type Audience = 'supervisors' | 'agency' | 'operator';

/**
 * Notifications about one fact of a case (`dedupeKey`), in the caller's transaction: in-app for the
 * people concerned, e-mail to supervisors and to the agency's contact address. A fact already
 * notified to a recipient is skipped by the unique constraint, so repeating this is harmless.
 */
export async function queueCaseNotifications(
  tx: Tx,
  input: {
    tenantId: string;
    kind: string;
    caseRow: { id: string; agencyId: string | null; operatorId: string | null };
    dedupeKey: string;
    audience: Audience[];
    title: string;
    body: string;
    now: Date;
    /** The person whose action this is; null for the SLA job. */
    sentBy: string | null;
  },
): Promise<number> {
  const { tenantId, caseRow, audience } = input;
  const found = await queries.slaRecipients(tx, tenantId, caseRow.agencyId, caseRow.operatorId);
  const base = {
    tenantId,
    kind: input.kind,
    dedupeKey: input.dedupeKey,
    caseId: caseRow.id,
    title: input.title,
    body: input.body,
    createdAt: input.now,
    sentBy: input.sentBy,
  };
  const rows: queries.NotificationValues[] = [];
  const person = (p: { userId: string; email: string }, email: boolean) =>
    rows.push({ ...base, recipient: `user:${p.userId}`, userId: p.userId, emailTo: email ? p.email : null });
  if (audience.includes('supervisors')) found.supervisors.forEach((p) => person(p, true));
  if (audience.includes('agency')) {
    found.agencyStaff.forEach((p) => person(p, false));
    const contact = found.agency?.contactEmail?.trim().toLowerCase();
    if (contact) rows.push({ ...base, recipient: `email:${contact}`, userId: null, emailTo: contact });
  }
  if (audience.includes('operator') && found.operator) person(found.operator, false);
  const unique = [...new Map(rows.map((r) => [r.recipient, r])).values()];
  return queries.insertNotifications(tx, unique);
}

/**
 * Sends the province's e-mails still pending, each row locked while it is sent and marked after:
 * at least once (a crash between sending and marking sends that one again), never silently lost.
 */
export async function deliverPendingEmails(
  deps: { db: AppDb; mailer: Mailer; logger: Logger },
  tenantId: string,
  now: Date,
): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await deps.db.withTenant({ tenantId, role: 'system' }, async (tx) => {
      const pending = await queries.pendingNotificationEmails(tx, tenantId, 20);
      let delivered = 0;
      for (const mail of pending) {
        try {
          await deps.mailer.send({ to: mail.emailTo!, subject: mail.title, text: mail.body });
          await queries.markNotificationEmail(tx, tenantId, mail.id, now);
          delivered += 1;
        } catch (err) {
          deps.logger.warn({ err, notificationId: mail.id }, 'notification e-mail failed');
          await queries.markNotificationEmail(tx, tenantId, mail.id, null);
        }
      }
      return { pending: pending.length, delivered };
    });
    sent += batch.delivered;
    if (batch.pending < 20 || batch.delivered === 0) return sent;
  }
}

/**
 * For a route whose transaction has committed: sends the province's pending e-mails without holding the
 * response (a slow mail server must not hold the person). A failure is logged and the SLA sweep retries.
 */
export function deliverEmailsAfterCommit(c: Context<AppEnv>, what: string): void {
  const deps = c.get('deps');
  const log = c.get('log');
  void deliverPendingEmails(deps, c.get('tenant').id, deps.now()).catch((err: unknown) =>
    log.warn({ err }, `${what} e-mail delivery deferred`),
  );
}
