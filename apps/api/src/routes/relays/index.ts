import { IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { doc } from '../agency-docs.js';
import { caseRelays, markRelayDone, waitingRelays } from '../../services/relay/list.js';
import { assertCaseHandler } from '../cases/access.js';

/** /v1/relays — messages to citizens still waiting for their channel (or failed), for operators. */
export const relayRoutes = new Hono<AppEnv>()
  .get('/', doc('Tin nhắn cho người dân đang chờ kênh hoặc gửi lỗi', [401, 403]), async (c) => {
    assertCaseHandler(c);
    return c.json({ relays: await waitingRelays(c) });
  })
  .post(
    '/:id/done',
    doc('Đánh dấu tin nhắn đã gửi thủ công', [401, 403, 404]),
    validate('param', IdParam),
    async (c) => {
      const auth = assertCaseHandler(c);
      return c.json({ relay: await markRelayDone(c, auth, c.req.valid('param').id) });
    },
  );

/** GET /v1/cases/:id/relays — what was sent to the case's citizen, and how. */
export const caseRelayRoutes = new Hono<AppEnv>().get(
  '/:id/relays',
  doc('Tin nhắn đã gửi cho người dân của hồ sơ', [401, 403, 404]),
  validate('param', IdParam),
  async (c) => {
    assertCaseHandler(c);
    return c.json({ relays: await caseRelays(c, c.req.valid('param').id) });
  },
);
