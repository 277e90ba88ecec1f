import { ProvinceDetailsInput } from '@tongdai/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { validate } from '../../lib/validate.js';
import * as service from '../../services/settings/onboarding.js';
import { toTenantSummary } from '../tenant/serialize.js';

export const onboardingRoutes = new Hono<AppEnv>()
  .get('/checklist', async (c) => c.json(await service.checklist(c)))
  .post('/go-live', async (c) => c.json(await service.goLive(c)))
  .get('/province', (c) => c.json({ tenant: toTenantSummary(c.get('tenant')) }))
  .put('/province', validate('json', ProvinceDetailsInput), async (c) => {
    await service.updateProvinceDetails(c, c.req.valid('json'));
    return c.json({ updated: true });
  });
