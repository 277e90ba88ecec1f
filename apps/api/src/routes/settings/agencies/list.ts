import { Hono } from 'hono';
import type { AppEnv } from '../../../context.js';
import { listAgencyDirectory } from '../../../services/agency-directory.js';

export const listAgencySettings = new Hono<AppEnv>().get('/', async (c) =>
  c.json({ agencies: await listAgencyDirectory(c) }),
);
