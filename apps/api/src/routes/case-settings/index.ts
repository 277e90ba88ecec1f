import { CaseSettingsInput } from '@tongdai/contracts';
import { can } from '@tongdai/core';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import { doc } from '../agency-docs.js';
import { assertPermission, requireAuth } from '../../middleware/require-permission.js';
import { getCaseSettings, saveCaseSettings } from '../../services/case-settings.js';

/** /v1/case-settings — automatic relay and the citizens' feedback window of the province. */
export const caseSettingsRoutes = new Hono<AppEnv>()
  .get('/', doc('Cài đặt phản hồi người dân của tỉnh', [401, 403]), async (c) => {
    const auth = requireAuth(c);
    assertPermission(c, can(auth.role, 'settings.manage') ? 'settings.manage' : 'cases.supervise');
    return c.json({ settings: await getCaseSettings(c) });
  })
  .put(
    '/',
    doc('Lưu cài đặt (tự động gửi, số ngày đánh giá)', [400, 401, 403]),
    validate('json', CaseSettingsInput),
    async (c) => {
      const auth = assertPermission(c, 'settings.manage');
      return c.json({ settings: await saveCaseSettings(c, auth, c.req.valid('json')) });
    },
  );
