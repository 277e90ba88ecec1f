import { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { caseExtensionRoutes } from './case-extensions/request.js';
import { extensionRoutes } from './case-extensions/decide.js';
import { caseSettingsRoutes } from './case-settings/index.js';
import { returnCaseRoute } from './case-return/index.js';
import { duplicateRoutes } from './duplicates/index.js';
import { feedbackRoutes } from './feedback/index.js';
import { publicAnswerRoutes } from './public-answers/index.js';
import { publicationRoutes } from './publication/index.js';
import { caseRelayRoutes, relayRoutes } from './relays/index.js';

/** The agency side of a case, beside the cases API: /v1/cases/:id/{extensions,return,duplicates,publication,relays}. */
export const agencyLoopCaseRoutes = new Hono<AppEnv>()
  .route('/', caseExtensionRoutes)
  .route('/', returnCaseRoute)
  .route('/', duplicateRoutes)
  .route('/', publicationRoutes)
  .route('/', caseRelayRoutes);

/** Province-wide: extension decisions, waiting relays, the public Q&A, citizens' feedback, settings. */
export const agencyLoopRoutes = new Hono<AppEnv>()
  .route('/extensions', extensionRoutes)
  .route('/relays', relayRoutes)
  .route('/public-answers', publicAnswerRoutes)
  .route('/feedback', feedbackRoutes)
  .route('/case-settings', caseSettingsRoutes);
