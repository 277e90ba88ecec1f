import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { challengeRoute } from './challenge.js';
import { publicRequestRoute } from './requests.js';
import { publicStatusRoutes } from './status.js';

/** /v1/public: the citizen-facing portal API, open to anyone on the province's host. */
export const publicRoutes = new Hono<AppEnv>()
  .route('/', challengeRoute)
  .route('/', publicRequestRoute)
  .route('/', publicStatusRoutes);
