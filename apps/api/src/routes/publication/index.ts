import { IdParam, PublicationInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { publicationDraftOf, publishCase, withdrawPublication } from '../../services/publication.js';
import { assertCaseHandler } from '../cases/access.js';

/**
 * /v1/cases/:id/publication — the redaction draft (GET), publishing the reviewed texts as a public
 * Q&A and/or an FAQ entry (PUT; refused while a phone or e-mail remains), withdrawing it (DELETE).
 */
export const publicationRoutes = new Hono<AppEnv>()
  .get('/:id/publication', validate('param', IdParam), async (c) => {
    const auth = assertCaseHandler(c);
    return c.json({ draft: await publicationDraftOf(c, auth, c.req.valid('param').id) });
  })
  .put('/:id/publication', validate('param', IdParam), validate('json', PublicationInput), async (c) => {
    const auth = assertCaseHandler(c);
    return c.json(await publishCase(c, auth, c.req.valid('param').id, c.req.valid('json')));
  })
  .delete('/:id/publication', validate('param', IdParam), async (c) => {
    assertCaseHandler(c);
    await withdrawPublication(c, c.req.valid('param').id);
    return c.body(null, 204);
  });
