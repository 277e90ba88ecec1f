import { EscalateCaseInput, EscalationPreviewQuery, IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { escalateCase, previewEscalation } from '../../services/cases/escalate.js';
import { deliverEmailsAfterCommit } from '../../services/notifications/case-notifications.js';
import { assertCaseHandler } from './access.js';

/**
 * POST /v1/cases/:id/escalate — escalation in writing; the agency's e-mail leaves after the commit.
 * GET /v1/cases/:id/escalation-preview?agencyId= — the deadlines it would get if confirmed now.
 */
export const escalateCaseRoute = new Hono<AppEnv>()
  .post('/:id/escalate', validate('param', IdParam), validate('json', EscalateCaseInput), async (c) => {
    const auth = assertCaseHandler(c);
    const result = await escalateCase(c, auth, c.req.valid('param').id, c.req.valid('json'));
    deliverEmailsAfterCommit(c, 'escalation');
    return c.json(result);
  })
  .get(
    '/:id/escalation-preview',
    validate('param', IdParam),
    validate('query', EscalationPreviewQuery),
    async (c) => {
      assertCaseHandler(c);
      return c.json(await previewEscalation(c, c.req.valid('param').id, c.req.valid('query').agencyId));
    },
  );
