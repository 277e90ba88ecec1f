import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { getFaq } from './get.js';
import { listFaq } from './list.js';
import { faqManageRoutes } from './manage/index.js';
import { searchPublicFaq } from './search.js';
import { searchStaffFaq } from './staff-search.js';
import { listFaqTopics } from './topics.js';
import { markFaqUsed } from './used.js';

/**
 * The knowledge base: public reading and search (portal), staff search and usage (operators), and
 * management under /manage. Fixed paths come before `/:id`.
 */
export const faqRoutes = new Hono<AppEnv>()
  .route('/', listFaq)
  .route('/', listFaqTopics)
  .route('/', searchPublicFaq)
  .route('/', searchStaffFaq)
  .route('/manage', faqManageRoutes)
  .route('/', markFaqUsed)
  .route('/', getFaq);
