import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from './context.js';
import { createCaseStreamHub } from './lib/case-stream-hub.js';
import { handleError } from './lib/error-handler.js';
import { errorBody } from './lib/errors.js';
import { csrf } from './middleware/csrf.js';
import { requestContext } from './middleware/request-context.js';
import { loadSession } from './middleware/session.js';
import { resolveHost, requireTenant } from './middleware/tenant.js';
import { agencyRoutes } from './routes/agencies/index.js';
import { agencyLoopCaseRoutes, agencyLoopRoutes } from './routes/agency-loop.js';
import { auditRoutes } from './routes/audit/index.js';
import { caseRoutes } from './routes/cases/index.js';
import { digestRoutes } from './routes/digests/index.js';
import { authRoutes } from './routes/auth/index.js';
import { faqRoutes } from './routes/faq/index.js';
import { healthRoutes } from './routes/health/index.js';
import { ivrRoutes } from './routes/ivr/index.js';
import { memberRoutes } from './routes/members/index.js';
import { nationalRoutes } from './routes/national/index.js';
import { notificationRoutes } from './routes/notifications/index.js';
import { open311KeyRoutes } from './routes/open311-keys/index.js';
import { open311Routes } from './routes/open311/index.js';
import { openApiRoutes } from './openapi/document.js';
import { publicRoutes } from './routes/public/index.js';
import { reportRoutes } from './routes/reports/index.js';
import { platformRoutes } from './routes/platform/index.js';
import { settingsRoutes } from './routes/settings/index.js';
import { tenantRoutes } from './routes/tenant/index.js';

/** Province-scoped routes: every one of them runs behind `requireTenant`. */
const tenantScoped = new Hono<AppEnv>()
  .use(requireTenant)
  .route('/tenant', tenantRoutes)
  .route('/agencies', agencyRoutes)
  .route('/faq', faqRoutes)
  .route('/ivr', ivrRoutes)
  .route('/members', memberRoutes)
  .route('/cases', caseRoutes)
  .route('/cases', agencyLoopCaseRoutes)
  .route('/digests', digestRoutes)
  .route('/reports', reportRoutes)
  .route('/notifications', notificationRoutes)
  .route('/public', publicRoutes)
  .route('/open311-keys', open311KeyRoutes)
  .route('/settings', settingsRoutes)
  .route('/', agencyLoopRoutes);

/** Every /v1 request: host → scope, CSRF check for mutations, then who is signed in. */
const v1 = new Hono<AppEnv>()
  .use(resolveHost)
  .use(csrf)
  .use(loadSession)
  .route('/auth', authRoutes)
  .route('/audit', auditRoutes)
  .route('/platform', platformRoutes)
  .route('/national', nationalRoutes)
  .route('/', tenantScoped);

export const routes = new Hono<AppEnv>()
  .route('/health', healthRoutes)
  .route('/v1', v1)
  .route('/open311/v2', open311Routes);

export type AppType = typeof routes;

/** The API: request ids and logs, security headers, one error model, then the routes. */
export function newApp(appDeps: AppDeps) {
  const deps = {
    ...appDeps,
    caseStream: appDeps.caseStream ?? createCaseStreamHub(appDeps.db, appDeps.logger),
  };
  const app = new Hono<AppEnv>();
  app.use(requestContext(deps));
  app.use(secureHeaders());
  app.route('/', routes);
  app.route('/', openApiRoutes(routes));
  app.notFound((c) =>
    c.json(errorBody('NOT_FOUND', 'Không tìm thấy đường dẫn này.', c.get('requestId')), 404),
  );
  app.onError(handleError(deps.logger));
  return app;
}
