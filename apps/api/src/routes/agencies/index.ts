import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { getAgency } from './get.js';
import { listAgencies } from './list.js';

export const agencyRoutes = new Hono<AppEnv>().route('/', listAgencies).route('/', getAgency);
