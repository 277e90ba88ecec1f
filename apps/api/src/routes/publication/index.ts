import { IdParam, PublicationInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { doc } from '../agency-docs.js';
import { publicationDraftOf, publishCase, withdrawPublication } from '../../services/publication.js';
import { assertCaseHandler } from '../cases/access.js';

/**
 * /v1/cases/:id/publication — the redaction draft (GET), publishing the reviewed texts as a public
 * Q&A and/or an FAQ entry (PUT; refused while a phone or e-mail remains), withdrawing it (DELETE).
 */
export const publicationRoutes = new Hono<AppEnv>()
  .get(
    '/:id/publication',
    doc('Bản nháp công bố đã xóa thông tin cá nhân', [401, 403, 404]),
    validate('param', IdParam),
    async (c) => {
      const auth = assertCaseHandler(c);
      return c.json({ draft: await publicationDraftOf(c, auth, c.req.valid('param').id) });
    },
  )
  .put(
    '/:id/publication',
    doc('Công bố hỏi đáp và/hoặc tạo câu hỏi thường gặp', [400, 401, 403, 404, 409]),
    validate('param', IdParam),
    validate('json', PublicationInput),
    async (c) => {
      const auth = assertCaseHandler(c);
      return c.json(await publishCase(c, auth, c.req.valid('param').id, c.req.valid('json')));
    },
  )
  .delete(
    '/:id/publication',
    doc('Gỡ câu trả lời khỏi cổng thông tin', [401, 403, 404], { 204: 'Đã gỡ' }),
    validate('param', IdParam),
    async (c) => {
      assertCaseHandler(c);
      await withdrawPublication(c, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
