import { ExtensionApproveInput, ExtensionListQuery, ExtensionRefuseInput, IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { doc } from '../agency-docs.js';
import { decideExtension, listExtensions } from '../../services/case-extensions.js';
import { deliverEmailsAfterCommit } from '../../services/notifications/case-notifications.js';
import { assertCaseReader, assertSupervisor } from '../cases/access.js';

/**
 * /v1/extensions — requests for more time across the province (agency staff: their agency's, by the
 * database), and the supervisor's approval or refusal.
 */
export const extensionRoutes = new Hono<AppEnv>()
  .get(
    '/',
    doc('Đề nghị gia hạn trong tỉnh (cán bộ cơ quan: của cơ quan mình)', [400, 401, 403]),
    validate('query', ExtensionListQuery),
    async (c) => {
      assertCaseReader(c);
      return c.json({ extensions: await listExtensions(c, c.req.valid('query')) });
    },
  )
  .post(
    '/:id/approve',
    doc('Giám sát đồng ý gia hạn', [400, 401, 403, 404, 409]),
    validate('param', IdParam),
    validate('json', ExtensionApproveInput),
    async (c) => {
      const auth = assertSupervisor(c);
      const input = c.req.valid('json');
      const result = await decideExtension(c, auth, c.req.valid('param').id, { approve: true, input });
      deliverEmailsAfterCommit(c, 'extension decision');
      return c.json(result);
    },
  )
  .post(
    '/:id/refuse',
    doc('Giám sát không đồng ý gia hạn (lý do)', [400, 401, 403, 404, 409]),
    validate('param', IdParam),
    validate('json', ExtensionRefuseInput),
    async (c) => {
      const auth = assertSupervisor(c);
      const input = c.req.valid('json');
      const result = await decideExtension(c, auth, c.req.valid('param').id, { approve: false, input });
      deliverEmailsAfterCommit(c, 'extension decision');
      return c.json(result);
    },
  );
