import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { createAgencySetting } from './create.js';
import { deleteAgencySetting } from './delete.js';
import { exportAgencies } from './export.js';
import { commitAgencyImport } from './import-commit.js';
import { previewAgencyImport } from './import-preview.js';
import { listAgencySettings } from './list.js';
import { updateAgencySetting } from './update.js';

/** The agency directory's settings routes (list, create, update, import, export). */
export const agencySettingsRoutes = new Hono<AppEnv>()
  .route('/', listAgencySettings)
  .route('/', exportAgencies)
  .route('/', createAgencySetting)
  .route('/', updateAgencySetting)
  .route('/', deleteAgencySetting)
  .route('/', previewAgencyImport)
  .route('/', commitAgencyImport);
