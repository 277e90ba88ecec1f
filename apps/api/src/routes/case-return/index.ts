import { IdParam, ReturnCaseInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { doc } from '../agency-docs.js';
import { returnCase } from '../../services/case-return.js';
import { deliverEmailsAfterCommit } from '../../services/notifications/case-notifications.js';
import { assertCaseHandlerOrAgency } from '../cases/access.js';

/** POST /v1/cases/:id/return — the agency hands a misrouted case back to 1022, with its reason. */
export const returnCaseRoute = new Hono<AppEnv>().post(
  '/:id/return',
  doc('Cơ quan trả lại hồ sơ không đúng thẩm quyền', [400, 401, 403, 404, 409]),
  validate('param', IdParam),
  validate('json', ReturnCaseInput),
  async (c) => {
    const auth = assertCaseHandlerOrAgency(c);
    const result = await returnCase(c, auth, c.req.valid('param').id, c.req.valid('json'));
    deliverEmailsAfterCommit(c, 'return');
    return c.json(result);
  },
);
