import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { requirePermission } from '../../middleware/require-permission.js';
import { agencySettingsRoutes } from './agencies/index.js';
import { calendarSettingsRoutes } from './calendar.js';
import { channelSettingsRoutes } from './channels.js';
import { ivrSettingsRoutes } from './ivr.js';
import { onboardingRoutes } from './onboarding.js';
import { slaSettingsRoutes } from './sla.js';
import { topicSettingsRoutes } from './topics.js';

/** A province's configuration, for its admins: every route needs settings.manage. */
export const settingsRoutes = new Hono<AppEnv>()
  .use(requirePermission('settings.manage'))
  .route('/', onboardingRoutes)
  .route('/channels', channelSettingsRoutes)
  .route('/topics', topicSettingsRoutes)
  .route('/agencies', agencySettingsRoutes)
  .route('/sla-classes', slaSettingsRoutes)
  .route('/calendar', calendarSettingsRoutes)
  .route('/ivr', ivrSettingsRoutes);
