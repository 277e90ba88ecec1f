import { queries } from '@tongdai/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { inScope } from '../../lib/tenant-db.js';
import { audit } from '../audit.js';

const NOTICE_EVERY_MS = 15 * 60_000;

/**
 * Tells the account's owner that sign-in is paused after too many attempts: once per window,
 * remembered in the audit log so several API instances agree. Unknown e-mails get nothing.
 */
export async function sendLockoutNotice(c: Context<AppEnv>, email: string): Promise<void> {
  const since = new Date(c.get('deps').now().getTime() - NOTICE_EVERY_MS);
  const user = await inScope(
    c,
    async (tx, tenantId) => {
      const found = await queries.findUserByEmail(tx, email);
      if (!found) return null;
      const recent = await queries.listAudit(tx, tenantId, {
        action: 'auth.lockout_notice',
        actor: found.email,
        from: since,
        limit: 1,
      });
      if (recent.length > 0) return null;
      await audit(c, tx, tenantId, {
        action: 'auth.lockout_notice',
        actorUserId: found.id,
        actorEmail: found.email,
      });
      return found;
    },
    { lookupEmail: email },
  );
  if (!user) return;
  await c.get('deps').mailer.send({
    to: user.email,
    subject: 'Tạm khóa đăng nhập Tổng đài 1022',
    text: `Xin chào ${user.name},\n\nTài khoản của bạn vừa bị nhập sai mật khẩu nhiều lần nên việc đăng nhập tạm dừng 15 phút.\nNếu không phải bạn, hãy đổi mật khẩu ngay sau khi đăng nhập lại hoặc báo cho quản trị viên.\n`,
  });
}
