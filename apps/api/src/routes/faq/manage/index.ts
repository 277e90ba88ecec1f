import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { requirePermission } from '../../../middleware/require-permission.js';
import { createFaqEntry } from './create.js';
import { deleteFaqEntry } from './delete.js';
import { exportFaqEntries } from './export.js';
import { getFaqEntry } from './get.js';
import { importFaq } from './import.js';
import { listFaqEntries } from './list.js';
import { listFaqReferences } from './references.js';
import { faqSynonymRoutes } from './synonyms.js';
import { updateFaqEntry } from './update.js';

/** FAQ management for admins and supervisors (faq.manage): entries, revisions, import/export, synonyms. */
export const faqManageRoutes = new Hono<AppEnv>()
  .use(requirePermission('faq.manage'))
  .route('/', listFaqEntries)
  .route('/', listFaqReferences)
  .route('/', getFaqEntry)
  .route('/', createFaqEntry)
  .route('/', updateFaqEntry)
  .route('/', deleteFaqEntry)
  .route('/', importFaq)
  .route('/', exportFaqEntries)
  .route('/', faqSynonymRoutes);
