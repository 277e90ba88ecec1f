import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { getDigest } from './get.js';
import { listDigests } from './list.js';
import { getDigestPdf } from './pdf.js';
import { runDigests } from './run.js';

/** The daily digest letters to agencies: history, one letter, its PDF, and a run on demand. */
export const digestRoutes = new Hono<AppEnv>()
  .route('/', listDigests)
  .route('/', runDigests)
  .route('/', getDigestPdf)
  .route('/', getDigest);
