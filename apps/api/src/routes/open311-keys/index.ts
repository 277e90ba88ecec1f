import { CreateOpen311KeyInput, IdParam } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { requireAuth, requirePermission } from '../../middleware/require-permission.js';
import { describe, errorResponses, TAGS } from '../../openapi/describe.js';
import { documentedValidate } from '../../openapi/validate.js';
import { issueKey, listKeys, revokeKey } from '../../services/open311/api-keys.js';

const admin = { tags: [TAGS.open311Keys], security: [{ session: [] }] };

/** /v1/open311-keys: the province's admin issues and revokes keys for Open311 clients. */
export const open311KeyRoutes = new Hono<AppEnv>()
  .use(requirePermission('settings.manage'))
  .get(
    '/',
    describe({ ...admin, summary: 'Danh sách khóa Open311', responses: errorResponses(401, 403) }),
    async (c) => c.json({ keys: await listKeys(c) }),
  )
  .post(
    '/',
    describe({
      ...admin,
      summary: 'Cấp khóa Open311 (khóa chỉ hiện một lần)',
      responses: errorResponses(400, 401, 403),
    }),
    documentedValidate('json', CreateOpen311KeyInput),
    async (c) => {
      const auth = requireAuth(c);
      return c.json(await issueKey(c, auth, c.req.valid('json').name), 201);
    },
  )
  .post(
    '/:id/revoke',
    describe({ ...admin, summary: 'Thu hồi khóa Open311', responses: errorResponses(400, 401, 403, 404) }),
    documentedValidate('param', IdParam),
    async (c) => {
      const auth = requireAuth(c);
      return c.json(await revokeKey(c, auth, c.req.valid('param').id));
    },
  );
