import { ExtensionRequestInput, IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { doc } from '../agency-docs.js';
import { deliverEmailsAfterCommit } from '../../services/notifications/case-notifications.js';
import { listExtensions, requestExtension } from '../../services/case-extensions.js';
import { assertCaseHandlerOrAgency, assertCaseReader } from '../cases/access.js';

/** /v1/cases/:id/extensions — the agency asks for more time; the case's requests and decisions. */
export const caseExtensionRoutes = new Hono<AppEnv>()
  .get(
    '/:id/extensions',
    doc('Đề nghị gia hạn của một hồ sơ', [401, 403, 404]),
    validate('param', IdParam),
    async (c) => {
      assertCaseReader(c);
      return c.json({ extensions: await listExtensions(c, { caseId: c.req.valid('param').id }) });
    },
  )
  .post(
    '/:id/extensions',
    doc('Cơ quan xin gia hạn (lý do, hạn mới)', [400, 401, 403, 404, 409], { 201: 'Đã gửi đề nghị' }),
    validate('param', IdParam),
    validate('json', ExtensionRequestInput),
    async (c) => {
      const auth = assertCaseHandlerOrAgency(c);
      const extension = await requestExtension(c, auth, c.req.valid('param').id, c.req.valid('json'));
      deliverEmailsAfterCommit(c, 'extension');
      return c.json({ extension }, 201);
    },
  );
